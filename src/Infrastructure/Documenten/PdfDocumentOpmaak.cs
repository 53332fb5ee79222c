using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PassendOnderwijs.Application.Common.Documenten;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace PassendOnderwijs.Infrastructure.Documenten;

/// <summary>
/// Lays out every document of the product as an A4 PDF with PDFsharp 6.2.4 (MIT; 6.5 and later are AGPL: never upgrade
/// past 6.4): the text comes from a use case's text writer, this class only decides how it looks. Deterministic: the
/// file's dates come from <see cref="Pdfbeschrijving.Datum"/> and its IDs are hashes of the content (see
/// <see cref="DeterministischePdf"/>), so the same content gives the same bytes.
/// </summary>
internal static class PdfDocumentOpmaak
{
    private const double LabelBreedte = 130;

    /// <summary>Enough for a table of contents whose page numbers push a part to another page once; more means a bug.</summary>
    private const int MaximumZetrondes = 4;

    public static byte[] MaakPdf(DocumentTekst tekst, Pdfbeschrijving bestand)
    {
        ArgumentNullException.ThrowIfNull(tekst);
        ArgumentNullException.ThrowIfNull(bestand);
        LiberationSans.Registreer();

        // "Pagina 1 van 2" and the table of contents need page numbers before the pages are done: set the text without
        // footer until the pages (the total and where each part starts) no longer change, then once more for real.
        var paginas = new Paginering(0, new Dictionary<string, int>(StringComparer.Ordinal));
        for (var ronde = 0; ; ronde++)
        {
            using var telling = new PdfDocument();
            using var zetter = new PdfTekstzetter(telling, voetregel: null);
            var gezet = Zet(zetter, tekst, paginas);
            if (gezet == paginas)
            {
                break;
            }

            if (ronde == MaximumZetrondes)
            {
                throw new InvalidOperationException($"The pages of '{tekst.Titel}' did not settle after {MaximumZetrondes} rounds.");
            }

            paginas = gezet;
        }

        using var document = new PdfDocument();
        Beschrijf(document, bestand);
        using (var zetter = new PdfTekstzetter(document, new Voetregel(tekst.Kenmerk, paginas.Totaal, Lettertype(8.5))))
        {
            Zet(zetter, tekst, paginas);
        }

        return DeterministischePdf.Bewaar(document, Id(bestand.Sleutel), Vingerafdruk(tekst, bestand));
    }

    private static void Beschrijf(PdfDocument document, Pdfbeschrijving bestand)
    {
        // The date at midnight UTC: a date-only value as a moment that reads the same on every machine.
        var datum = bestand.Datum.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        document.Info.CreationDate = datum;
        document.Info.ModificationDate = datum;
        document.Info.Title = bestand.Titel;
        document.Info.Author = bestand.Auteur;
        document.Info.Creator = "PassendOnderwijs";
    }

    /// <summary>Sets the whole text; returns the pages it took and where each <see cref="Hoofdstuk"/> began.</summary>
    private static Paginering Zet(PdfTekstzetter zetter, DocumentTekst tekst, Paginering paginas)
    {
        var gewoon = Lettertype(10.5);
        var hoofdstukken = new Dictionary<string, int>(StringComparer.Ordinal);
        zetter.Alinea(tekst.Afzender, Lettertype(11, vet: true));
        zetter.Kop(tekst.Titel, Lettertype(17, vet: true), niveau: 1, ruimteErboven: 14);
        foreach (var blok in tekst.Blokken)
        {
            switch (blok)
            {
                case Hoofdstuk hoofdstuk:
                    zetter.VolgendePagina();
                    hoofdstukken[hoofdstuk.Titel] = zetter.Paginas;
                    zetter.Kop(hoofdstuk.Titel, Lettertype(13, vet: true), niveau: 2, ruimteErboven: 0);
                    break;
                case Tussenkop { Niveau: <= 2 } kop:
                    zetter.Kop(kop.Tekst, Lettertype(13, vet: true), niveau: 2, ruimteErboven: 14);
                    break;
                case Tussenkop kop:
                    zetter.Kop(kop.Tekst, Lettertype(11, vet: true), niveau: 3, ruimteErboven: 8);
                    break;
                case Alinea alinea:
                    zetter.Alinea(alinea.Tekst, gewoon);
                    zetter.Ruimte(5);
                    break;
                case Gegevens gegevens:
                    foreach (var rij in gegevens.Rijen)
                    {
                        zetter.Rij(rij.Label, rij.Waarde, gewoon, LabelBreedte);
                    }

                    zetter.Ruimte(5);
                    break;
                case Inhoudsopgave inhoud:
                    // One line per part, where to find it after the colon: a part of the bundle by its page.
                    zetter.HoudRuimteVoor(inhoud.Regels.Count, gewoon);
                    zetter.Lijst(inhoud.Regels.Select(r => $"{r.Tekst}: {Verwijzing(r, paginas)}"), gewoon);
                    zetter.Ruimte(5);
                    break;
                case Puntenlijst lijst:
                    zetter.HoudRuimteVoor(lijst.Punten.Count + 1, gewoon);
                    zetter.Alinea(lijst.Inleiding, gewoon);
                    zetter.Ruimte(2);
                    zetter.Lijst(lijst.Punten, gewoon);
                    zetter.Ruimte(5);
                    break;
                case Tabelblok tabel:
                    zetter.Tabel(tabel.Kolommen, tabel.Rijen, Lettertype(9), Lettertype(9, vet: true));
                    zetter.Ruimte(5);
                    break;
                case Ondertekening ondertekening:
                    // The sentence and every party's lines on one page: a signature on a page of its own proves little.
                    zetter.Ruimte(8);
                    zetter.HoudRuimteVoor(5 + (ondertekening.Partijen.Count * (2 + (Ondertekening.Velden.Count * 2))), gewoon);
                    zetter.Kop(ondertekening.Kop, Lettertype(11, vet: true), niveau: 3, ruimteErboven: 0);
                    zetter.Alinea(ondertekening.Inleiding, gewoon);
                    foreach (var partij in ondertekening.Partijen)
                    {
                        zetter.Kop(partij, Lettertype(11, vet: true), niveau: 3, ruimteErboven: 10);
                        foreach (var veld in Ondertekening.Velden)
                        {
                            zetter.Invulregel(veld, gewoon, LabelBreedte);
                        }
                    }

                    zetter.Ruimte(5);
                    break;
                default:
                    throw new InvalidOperationException($"No layout for {blok.GetType().Name}.");
            }
        }

        return new Paginering(zetter.Paginas, hoofdstukken);
    }

    /// <summary>"pagina 3" for a part of the bundle (a placeholder of the same kind while the pages are still being counted).</summary>
    private static string Verwijzing(Inhoudsregel regel, Paginering paginas)
    {
        if (regel.Hoofdstuk is null)
        {
            return regel.Toelichting ?? "";
        }

        var pagina = paginas.Hoofdstukken.GetValueOrDefault(regel.Hoofdstuk);
        return string.Create(CultureInfo.InvariantCulture, $"pagina {pagina}");
    }

    /// <summary>Unicode encoding, so any name (Şahin, Łucja, Nguyễn) prints and can be copied from the PDF.</summary>
    private static XFont Lettertype(double grootte, bool vet = false) => new(
        LiberationSans.Familie, grootte, vet ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));

    /// <summary>A hash of everything the file shows, block by block with its kind: the second /ID names this content.</summary>
    private static byte[] Vingerafdruk(DocumentTekst tekst, Pdfbeschrijving bestand)
    {
        var bron = new StringBuilder()
            .AppendLine(JsonSerializer.Serialize(bestand))
            .AppendLine(JsonSerializer.Serialize(tekst with { Blokken = [] }));
        foreach (var blok in tekst.Blokken)
        {
            bron.Append(blok.GetType().Name).Append(' ').AppendLine(JsonSerializer.Serialize(blok, blok.GetType()));
        }

        return Id(bron.ToString());
    }

    private static byte[] Id(string bron) => SHA256.HashData(Encoding.UTF8.GetBytes(bron))[..16];

    /// <summary>How many pages the text took and on which page each part began; equal when both say the same.</summary>
    private sealed record Paginering(int Totaal, IReadOnlyDictionary<string, int> Hoofdstukken)
    {
        public bool Equals(Paginering? ander) =>
            ander is not null && Totaal == ander.Totaal && Hoofdstukken.Count == ander.Hoofdstukken.Count
            && Hoofdstukken.All(h => ander.Hoofdstukken.TryGetValue(h.Key, out var pagina) && pagina == h.Value);

        public override int GetHashCode() => Totaal;
    }
}
