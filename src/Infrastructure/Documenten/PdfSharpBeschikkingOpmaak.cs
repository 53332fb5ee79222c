using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Beschikking;

namespace PassendOnderwijs.Infrastructure.Documenten;

/// <summary>The beschikking as a PDF: the text of <see cref="BeschikkingTekstOpsteller"/>, dated on the besluitdatum.</summary>
internal sealed class PdfSharpBeschikkingOpmaak : IBeschikkingOpmaak
{
    public byte[] MaakPdf(BeschikkingInhoud inhoud)
    {
        var tekst = BeschikkingTekstOpsteller.Stel(inhoud);
        return PdfDocumentOpmaak.MaakPdf(tekst, new Bestandsgegevens(
            $"{BeschikkingTekstOpsteller.Titel} {inhoud.Beschikkingsnummer}",
            inhoud.SwvNaam,
            inhoud.Besluitdatum,
            $"{inhoud.SwvCode}/{inhoud.Beschikkingsnummer}"));
    }
}
