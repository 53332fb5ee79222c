using System.Globalization;
using PassendOnderwijs.Application.Common.Documenten;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace PassendOnderwijs.Infrastructure.Documenten;

/// <summary>
/// Sets text on A4 pages from top to bottom: wraps lines to the text width and starts a new page when the next line
/// does not fit. PDFsharp itself only draws strings at a point; this is the little layout a letter or a bundle needs. Every piece of
/// text is tagged (heading, paragraph, list), so a screen reader reads the PDF in order and can jump between headings;
/// the footer is tagged as an artifact, so it is not read out on every page.
/// </summary>
internal sealed class PdfTekstzetter : IDisposable
{
    private const double Links = 70;
    private const double Rechts = 70;
    private const double Boven = 64;
    private const double Onder = 84;
    private const double Regelafstand = 1.3;

    /// <summary>The room between a table's columns.</summary>
    private const double Celmarge = 6;

    private readonly PdfDocument _document;
    private readonly Voetregel? _voetregel;
    private readonly StructureBuilder _structuur;
    private XGraphics? _tekenaar;
    private PdfPage? _pagina;
    private double _y;

    /// <param name="voetregel">Null while counting pages: the footer needs the total, which the first pass gives.</param>
    public PdfTekstzetter(PdfDocument document, Voetregel? voetregel)
    {
        _document = document;
        _voetregel = voetregel;
        var toegankelijkheid = UAManager.ForDocument(document);
        toegankelijkheid.SetDocumentLanguage("nl-NL");
        _structuur = toegankelijkheid.StructureBuilder;
        NieuwePagina();
    }

    public int Paginas => _document.PageCount;

    private PdfPage Pagina => _pagina ?? throw new InvalidOperationException("No page yet.");

    private XGraphics Tekenaar => _tekenaar ?? throw new InvalidOperationException("No page yet.");

    private double TekstBreedte => Pagina.Width.Point - Links - Rechts;

    private double Bodem => Pagina.Height.Point - Onder;

    /// <summary>A paragraph of wrapped text.</summary>
    public void Alinea(string tekst, XFont font) => Element(PdfBlockLevelElementTag.Paragraph, () => Schrijf(tekst, font, Links));

    /// <summary>A heading (niveau 1 to 3); it moves to the next page with room for a few lines, so it never ends a page alone.</summary>
    public void Kop(string tekst, XFont font, int niveau, double ruimteErboven)
    {
        Ruimte(ruimteErboven);
        HoudRuimteVoor(4, font);
        var tag = niveau switch
        {
            1 => PdfBlockLevelElementTag.Heading1,
            2 => PdfBlockLevelElementTag.Heading2,
            _ => PdfBlockLevelElementTag.Heading3,
        };
        Element(tag, () => Schrijf(tekst, font, Links));
        Ruimte(RegelHoogte(font) * 0.25);
    }

    /// <summary>A label with its value in a column to the right; the value wraps within its column.</summary>
    public void Rij(string label, string waarde, XFont font, double labelBreedte) => Element(PdfBlockLevelElementTag.Paragraph, () =>
    {
        var regels = Afbreken(waarde, font, TekstBreedte - labelBreedte).ToList();
        HoudRuimteVoor(Math.Min(regels.Count, 2), font);
        Tekenaar.DrawString($"{label} ", font, XBrushes.DimGray, Links, _y, XStringFormats.TopLeft);
        foreach (var regel in regels)
        {
            Regel(regel, font, Links + labelBreedte);
        }
    });

    /// <summary>A bulleted list; each item's text wraps under itself, not under the bullet.</summary>
    public void Lijst(IEnumerable<string> punten, XFont font) => Element(PdfBlockLevelElementTag.List, () =>
    {
        const double inspringing = 16;
        foreach (var punt in punten)
        {
            Element(PdfBlockLevelElementTag.ListItem, () =>
            {
                var regels = Afbreken(punt, font, TekstBreedte - inspringing).ToList();
                HoudRuimteVoor(1, font);
                Element(PdfBlockLevelElementTag.Label, () => Tekenaar.DrawString("\u2022", font, XBrushes.Black, Links + 4, _y, XStringFormats.TopLeft));
                Element(PdfBlockLevelElementTag.ListBody, () =>
                {
                    foreach (var regel in regels)
                    {
                        Regel(regel, font, Links + inspringing);
                    }
                });
            });
        }
    });

    /// <summary>
    /// A table: a bold header row, then the rows, each cell wrapped within its column. A row never splits over two pages;
    /// a page the table continues on repeats the header, tagged as an artifact so a screen reader reads it once.
    /// </summary>
    public void Tabel(IReadOnlyList<Tabelkolom> kolommen, IEnumerable<IReadOnlyList<string>> rijen, XFont font, XFont kopFont) =>
        Element(PdfBlockLevelElementTag.Table, () =>
        {
            var totaal = kolommen.Sum(k => k.Aandeel);
            var breedtes = kolommen.Select(k => k.Aandeel / totaal * TekstBreedte).ToList();
            var koppen = kolommen.Select(k => k.Kop).ToList();
            HoudRuimteVoor(3, font);
            Element(PdfBlockLevelElementTag.TableRow, () => TabelRij(koppen, breedtes, kopFont, PdfBlockLevelElementTag.TableHeaderCell));
            foreach (var rij in rijen)
            {
                var regels = rij.Select((tekst, i) => Afbreken(tekst, font, breedtes[i] - Celmarge).Count()).DefaultIfEmpty(1).Max();
                if (_y + (RegelHoogte(font) * regels) > Bodem && _y > Boven)
                {
                    NieuwePagina();
                    _structuur.BeginArtifact();
                    TabelRij(koppen, breedtes, kopFont, tag: null);
                    _structuur.End();
                }

                Element(PdfBlockLevelElementTag.TableRow, () => TabelRij(rij, breedtes, font, PdfBlockLevelElementTag.TableDataCell));
            }
        });

        /// <summary>A label with an empty line to its right to write on by hand (a name, a date, a signature).</summary>
    public void Invulregel(string label, XFont font, double labelBreedte) => Element(PdfBlockLevelElementTag.Paragraph, () =>
    {
        // A line of room above the rule: enough for handwriting.
        HoudRuimteVoor(2, font);
        _y += RegelHoogte(font);
        Tekenaar.DrawString($"{label} ", font, XBrushes.DimGray, Links, _y, XStringFormats.TopLeft);
        var lijn = _y + font.Size;
        Tekenaar.DrawLine(XPens.Gray, Links + labelBreedte, lijn, Pagina.Width.Point - Rechts, lijn);
        _y += RegelHoogte(font);
    });

    public void Ruimte(double punten) => _y += punten;

    /// <summary>Continues on a new page, unless nothing is on the current one yet: for a part that starts on a page of its own.</summary>
    public void VolgendePagina()
    {
        if (_y > Boven)
        {
            NieuwePagina();
        }
    }

    /// <summary>Starts a new page unless <paramref name="regels"/> lines still fit: for text that must stay together.</summary>
    public void HoudRuimteVoor(int regels, XFont font)
    {
        if (_y + (RegelHoogte(font) * regels) > Bodem && _y > Boven)
        {
            NieuwePagina();
        }
    }

    public void Dispose() => _tekenaar?.Dispose();

    private static double RegelHoogte(XFont font) => font.Size * Regelafstand;

    /// <summary>One row of a table: each cell's lines from the row's top, then a thin rule under the tallest cell.</summary>
    /// <param name="tag">The cells' tag; null for a repeated header, which the caller tags as an artifact.</param>
    private void TabelRij(IReadOnlyList<string> cellen, List<double> breedtes, XFont font, PdfBlockLevelElementTag? tag)
    {
        var boven = _y;
        var onder = boven;
        var x = Links;
        for (var i = 0; i < cellen.Count; i++)
        {
            var regels = Afbreken(cellen[i], font, breedtes[i] - Celmarge).ToList();
            var kolomX = x;
            void Cel()
            {
                var y = boven;
                foreach (var regel in regels)
                {
                    Tekenaar.DrawString(regel, font, XBrushes.Black, kolomX, y, XStringFormats.TopLeft);
                    y += RegelHoogte(font);
                }

                onder = Math.Max(onder, y);
            }

            if (tag is { } celTag)
            {
                Element(celTag, Cel);
            }
            else
            {
                Cel();
            }

            x += breedtes[i];
        }

        _y = Math.Max(onder, boven + RegelHoogte(font)) + 2;
        _structuur.BeginArtifact();
        Tekenaar.DrawLine(XPens.LightGray, Links, _y, Pagina.Width.Point - Rechts, _y);
        _structuur.End();
        _y += 3;
    }

    private void Element(PdfBlockLevelElementTag tag, Action inhoud)
    {
        _structuur.BeginElement(tag);
        inhoud();
        _structuur.End();
    }

    private void Schrijf(string tekst, XFont font, double x)
    {
        foreach (var regel in Afbreken(tekst, font, TekstBreedte - (x - Links)))
        {
            Regel(regel, font, x);
        }
    }

    private void Regel(string regel, XFont font, double x)
    {
        HoudRuimteVoor(1, font);
        Tekenaar.DrawString(regel, font, XBrushes.Black, x, _y, XStringFormats.TopLeft);
        _y += RegelHoogte(font);
    }

    private void NieuwePagina()
    {
        // Add the page first: the tagging closes the open marked content of the old page through its graphics.
        var pagina = _document.AddPage();
        _tekenaar?.Dispose();
        _pagina = pagina;
        _pagina.Size = PdfSharp.PageSize.A4;
        _tekenaar = XGraphics.FromPdfPage(_pagina);
        _y = Boven;
        if (_voetregel is not null)
        {
            Voet(_voetregel);
        }
    }

    /// <summary>"Pagina 1 van 2" and the kenmerk, so a loose page can be traced to its document.</summary>
    private void Voet(Voetregel voetregel)
    {
        var y = Pagina.Height.Point - Onder + 36;
        var rechts = Pagina.Width.Point - Rechts;
        var paginanummer = string.Create(CultureInfo.InvariantCulture, $"Pagina {_document.PageCount} van {voetregel.Paginas}");
        _structuur.BeginArtifact();
        Tekenaar.DrawLine(XPens.LightGray, Links, y - 6, rechts, y - 6);
        Tekenaar.DrawString(voetregel.Kenmerk, voetregel.Font, XBrushes.DimGray, Links, y, XStringFormats.TopLeft);
        var breedte = Tekenaar.MeasureString(paginanummer, voetregel.Font).Width;
        Tekenaar.DrawString(paginanummer, voetregel.Font, XBrushes.DimGray, rechts - breedte, y, XStringFormats.TopLeft);
        _structuur.End();
    }

    /// <summary>
    /// Greedy word wrap; a word longer than the line (a long e-mail address) is cut where the line is full. A line that
    /// ends between two words keeps a trailing space.
    /// </summary>
    private IEnumerable<string> Afbreken(string tekst, XFont font, double breedte)
    {
        var regel = "";
        foreach (var woord in tekst.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var langer = regel.Length == 0 ? woord : $"{regel} {woord}";
            if (Meet(langer, font) <= breedte)
            {
                regel = langer;
                continue;
            }

            if (regel.Length > 0)
            {
                // The space at the end is invisible, but without it a reader of the tags glues the two lines' words.
                yield return $"{regel} ";
            }

            var rest = woord;
            while (Meet(rest, font) > breedte)
            {
                var past = 1;
                while (past < rest.Length && Meet(rest[..(past + 1)], font) <= breedte)
                {
                    past++;
                }

                yield return rest[..past];
                rest = rest[past..];
            }

            regel = rest;
        }

        if (regel.Length > 0)
        {
            yield return regel;
        }
    }

    private double Meet(string tekst, XFont font) => Tekenaar.MeasureString(tekst, font).Width;
}

/// <summary>The footer of every page: the kenmerk and "Pagina n van <see cref="Paginas"/>".</summary>
internal sealed record Voetregel(string Kenmerk, int Paginas, XFont Font);
