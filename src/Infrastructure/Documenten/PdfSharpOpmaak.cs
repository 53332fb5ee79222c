using PassendOnderwijs.Application.Common.Documenten;

namespace PassendOnderwijs.Infrastructure.Documenten;

/// <summary>Any document's text as the product's PDF (<see cref="PdfDocumentOpmaak"/>).</summary>
internal sealed class PdfSharpOpmaak : IPdfOpmaak
{
    public byte[] MaakPdf(DocumentTekst tekst, Pdfbeschrijving beschrijving)
    {
        ArgumentNullException.ThrowIfNull(beschrijving);
        return PdfDocumentOpmaak.MaakPdf(tekst, new Bestandsgegevens(beschrijving.Titel, beschrijving.Auteur, beschrijving.Datum, beschrijving.Sleutel));
    }
}
