using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace PassendOnderwijs.Infrastructure.Documenten;

/// <summary>
/// Sets text on A4 pages from top to bottom: wraps lines to the text width and starts a new page when the next line
/// does not fit. PDFsharp itself only draws strings at a point; this is the little layout a letter needs.
/// </summary>
internal sealed class PdfTekstzetter : IDisposable
{
    private const double Links = 70;
    private const double Rechts = 70;
    private const double Boven = 64;
    private const double Onder = 84;
    private const double Regelafstand = 1.3;

    private readonly PdfDocument _document;
    private XGraphics? _tekenaar;
    private PdfPage _pagina;
    private double _y;

    public PdfTekstzetter(PdfDocument document)
    {
        _document = document;
        (_pagina, _tekenaar) = NieuwePagina();
        _y = Boven;
    }

    public static double TekstBreedte(PdfPage pagina) => pagina.Width.Point - Links - Rechts;

    private double Bodem => _pagina.Height.Point - Onder;

    private XGraphics Tekenaar => _tekenaar ?? throw new InvalidOperationException("The footers close the document: set no text after them.");

    /// <summary>Wrapped text, starting <paramref name="inspringing"/> points from the left margin.</summary>
    public void Schrijf(string tekst, XFont font, double inspringing = 0)
    {
        foreach (var regel in Afbreken(tekst, font, TekstBreedte(_pagina) - inspringing))
        {
            Regel(regel, font, Links + inspringing);
        }
    }

    /// <summary>A heading; it moves to the next page with room for a few lines, so it never ends a page alone.</summary>
    public void Kop(string tekst, XFont font, double ruimteErboven)
    {
        Ruimte(ruimteErboven);
        HoudBijElkaar(RegelHoogte(font) * 4);
        Schrijf(tekst, font);
        Ruimte(RegelHoogte(font) * 0.25);
    }

    /// <summary>A label with its value in a column to the right; the value wraps within its column.</summary>
    public void Rij(string label, string waarde, XFont font, double labelBreedte)
    {
        var regels = Afbreken(waarde, font, TekstBreedte(_pagina) - labelBreedte).ToList();
        HoudBijElkaar(RegelHoogte(font) * Math.Min(regels.Count, 2));
        Tekenaar.DrawString(label, font, XBrushes.DimGray, Links, _y, XStringFormats.TopLeft);
        foreach (var regel in regels)
        {
            Regel(regel, font, Links + labelBreedte);
        }
    }

    /// <summary>One bulleted item; the text wraps under itself, not under the bullet.</summary>
    public void Punt(string tekst, XFont font)
    {
        const double inspringing = 16;
        var regels = Afbreken(tekst, font, TekstBreedte(_pagina) - inspringing).ToList();
        HoudBijElkaar(RegelHoogte(font));
        Tekenaar.DrawString("\u2022", font, XBrushes.Black, Links + 4, _y, XStringFormats.TopLeft);
        foreach (var regel in regels)
        {
            Regel(regel, font, Links + inspringing);
        }
    }

    public void Ruimte(double punten) => _y += punten;

    /// <summary>Starts a new page unless <paramref name="regels"/> lines still fit: for text that must stay together.</summary>
    public void HoudRuimteVoor(int regels, XFont font) => HoudBijElkaar(RegelHoogte(font) * regels);

    /// <summary>"Pagina 1 van 2" and the kenmerk at the foot of every page: only known once all text is set.</summary>
    public void Voetregels(string kenmerk, XFont font)
    {
        _tekenaar?.Dispose();
        _tekenaar = null;
        var aantal = _document.PageCount;
        for (var i = 0; i < aantal; i++)
        {
            var pagina = _document.Pages[i];
            using var tekenaar = XGraphics.FromPdfPage(pagina, XGraphicsPdfPageOptions.Append);
            var y = pagina.Height.Point - Onder + 36;
            var paginanummer = string.Create(CultureInfo.InvariantCulture, $"Pagina {i + 1} van {aantal}");
            var breedte = tekenaar.MeasureString(paginanummer, font).Width;
            var rechts = pagina.Width.Point - Rechts;
            tekenaar.DrawLine(XPens.LightGray, Links, y - 6, rechts, y - 6);
            tekenaar.DrawString(kenmerk, font, XBrushes.DimGray, Links, y, XStringFormats.TopLeft);
            tekenaar.DrawString(paginanummer, font, XBrushes.DimGray, rechts - breedte, y, XStringFormats.TopLeft);
        }
    }

    public void Dispose() => _tekenaar?.Dispose();

    private static double RegelHoogte(XFont font) => font.Size * Regelafstand;

    private void Regel(string regel, XFont font, double x)
    {
        HoudBijElkaar(RegelHoogte(font));
        Tekenaar.DrawString(regel, font, XBrushes.Black, x, _y, XStringFormats.TopLeft);
        _y += RegelHoogte(font);
    }

    private void HoudBijElkaar(double hoogte)
    {
        if (_y + hoogte <= Bodem || _y <= Boven)
        {
            return;
        }

        Tekenaar.Dispose();
        (_pagina, _tekenaar) = NieuwePagina();
        _y = Boven;
    }

    private (PdfPage, XGraphics) NieuwePagina()
    {
        var pagina = _document.AddPage();
        pagina.Size = PdfSharp.PageSize.A4;
        return (pagina, XGraphics.FromPdfPage(pagina));
    }

    /// <summary>Greedy word wrap; a word longer than the line (a long e-mail address) is cut where the line is full.</summary>
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
                yield return regel;
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
