using PassendOnderwijs.Application.Common.Documenten;

namespace PassendOnderwijs.Infrastructure.Documenten;

/// <summary>Any document's text as the product's PDF (<see cref="PdfDocumentOpmaak"/>).</summary>
internal sealed class PdfSharpOpmaak : IPdfOpmaak
{
    public byte[] MaakPdf(DocumentTekst tekst, Pdfbeschrijving beschrijving)
    {
        return PdfDocumentOpmaak.MaakPdf(tekst, beschrijving);
    }
}
