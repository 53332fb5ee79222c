using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Beschikking;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace PassendOnderwijs.Infrastructure.Documenten;

/// <summary>
/// The beschikking as an A4 PDF with PDFsharp 6.2.4 (MIT; 6.5 and later are AGPL: never upgrade past 6.4). The text comes
/// from <see cref="BeschikkingTekstOpsteller"/>; this class only decides how it looks. Deterministic: the file's dates
/// are the besluitdatum and its IDs are hashes of the content (see <see cref="DeterministischePdf"/>).
/// </summary>
internal sealed class PdfSharpBeschikkingOpmaak : IBeschikkingOpmaak
{
    private const double LabelBreedte = 130;

    public byte[] MaakPdf(BeschikkingInhoud inhoud)
    {
        var tekst = BeschikkingTekstOpsteller.Stel(inhoud);
        LiberationSans.Registreer();

        // "Pagina 1 van 2" on a page needs the total before the page is done: a first pass counts the pages.
        int paginas;
        using (var telling = new PdfDocument())
        using (var zetter = new PdfTekstzetter(telling, voetregel: null))
        {
            Zet(zetter, tekst);
            paginas = zetter.Paginas;
        }

        using var document = new PdfDocument();
        Beschrijf(document, inhoud);
        using (var zetter = new PdfTekstzetter(document, new Voetregel(tekst.Kenmerk, paginas, Lettertype(8.5))))
        {
            Zet(zetter, tekst);
        }

        return DeterministischePdf.Bewaar(document, Id($"{inhoud.SwvCode}/{inhoud.Beschikkingsnummer}"), InhoudId(inhoud));
    }

    private static void Beschrijf(PdfDocument document, BeschikkingInhoud inhoud)
    {
        // The besluitdatum at midnight UTC: a date-only value as a moment that reads the same on every machine.
        var besluit = inhoud.Besluitdatum.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        document.Info.CreationDate = besluit;
        document.Info.ModificationDate = besluit;
        document.Info.Title = $"{BeschikkingTekstOpsteller.Titel} {inhoud.Beschikkingsnummer}";
        document.Info.Author = inhoud.SwvNaam;
        document.Info.Creator = "PassendOnderwijs";
    }

    private static void Zet(PdfTekstzetter zetter, BeschikkingTekst tekst)
    {
        var gewoon = Lettertype(10.5);
        zetter.Alinea(tekst.Afzender, Lettertype(11, vet: true));
        zetter.Kop(tekst.Titel, Lettertype(17, vet: true), niveau: 1, ruimteErboven: 14);
        foreach (var blok in tekst.Blokken)
        {
            switch (blok)
            {
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
                case Opsomming opsomming:
                    zetter.HoudRuimteVoor(opsomming.Punten.Count + 1, gewoon);
                    zetter.Alinea(opsomming.Inleiding, gewoon);
                    zetter.Ruimte(2);
                    zetter.Lijst(opsomming.Punten, gewoon);
                    zetter.Ruimte(5);
                    break;
                default:
                    throw new InvalidOperationException($"No layout for {blok.GetType().Name}.");
            }
        }
    }

    /// <summary>Unicode encoding, so any name (Şahin, Łucja, Nguyễn) prints and can be copied from the PDF.</summary>
    private static XFont Lettertype(double grootte, bool vet = false) => new(
        LiberationSans.Familie, grootte, vet ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));

    private static byte[] InhoudId(BeschikkingInhoud inhoud) => Id(JsonSerializer.Serialize(inhoud));

    private static byte[] Id(string bron) => SHA256.HashData(Encoding.UTF8.GetBytes(bron))[..16];
}
