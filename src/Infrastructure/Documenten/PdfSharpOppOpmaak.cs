using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Document;

namespace PassendOnderwijs.Infrastructure.Documenten;

/// <summary>
/// One OPP version as a PDF: the text of <see cref="OppTekstOpsteller"/>, dated on the vaststelling (a concept on the
/// day it was made), so the same version gives the same bytes whenever it is downloaded.
/// </summary>
internal sealed class PdfSharpOppOpmaak : IOppOpmaak
{
    public byte[] MaakPdf(OppDocumentInhoud inhoud)
    {
        ArgumentNullException.ThrowIfNull(inhoud);
        var tekst = OppTekstOpsteller.Stel(inhoud);
        var versie = inhoud.Versie;
        return PdfDocumentOpmaak.MaakPdf(tekst, new Bestandsgegevens(
            $"{OppTekstOpsteller.Titel} {inhoud.LeerlingNaam}, versie {versie.Nummer}",
            inhoud.SchoolNaam,
            versie.VastgesteldOp ?? DateOnly.FromDateTime(versie.AangemaaktOp.UtcDateTime),
            $"opp/{inhoud.OppId}/{versie.Nummer}"));
    }
}
