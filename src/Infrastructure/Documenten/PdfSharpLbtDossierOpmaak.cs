using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Lbtdossier;

namespace PassendOnderwijs.Infrastructure.Documenten;

/// <summary>
/// The LBT dossier as one PDF: the text of <see cref="LbtDossierTekstOpsteller"/>, dated on the day the bezwaar was
/// received (a date of the case, so the same records give the same bytes whenever it is downloaded).
/// </summary>
internal sealed class PdfSharpLbtDossierOpmaak : ILbtDossierOpmaak
{
    public byte[] MaakPdf(LbtDossierInhoud inhoud)
    {
        ArgumentNullException.ThrowIfNull(inhoud);
        var tekst = LbtDossierTekstOpsteller.Stel(inhoud);
        return PdfDocumentOpmaak.MaakPdf(tekst, new Bestandsgegevens(
            $"{LbtDossierTekstOpsteller.Titel}, beschikking {inhoud.Beschikkingsnummer}",
            inhoud.SwvNaam,
            inhoud.Bezwaar.OntvangenOp,
            $"{inhoud.SwvCode}/{inhoud.Beschikkingsnummer}/lbt/{inhoud.Bezwaar.OntvangenOp:yyyy-MM-dd}"));
    }
}
