namespace PassendOnderwijs.Application.Common.Documenten;

/// <summary>
/// Lays out any document's words (<see cref="DocumentTekst"/>) as the product's PDF: every document of the product
/// (beschikking, LBT dossier, OPP, the ouder's log, the yearly evaluation) goes through this one layout.
/// </summary>
public interface IPdfOpmaak
{
    byte[] MaakPdf(DocumentTekst tekst, Pdfbeschrijving beschrijving);
}

/// <summary>A document's content that knows its own words and what its file says about itself.</summary>
public interface IPdfDocument
{
    DocumentTekst Tekst();

    Pdfbeschrijving Beschrijving();
}

public static class PdfOpmaakExtensions
{
    /// <summary>The document as the product's PDF; the same content gives the same bytes.</summary>
    public static byte[] MaakPdf(this IPdfOpmaak opmaak, IPdfDocument document)
    {
        ArgumentNullException.ThrowIfNull(opmaak);
        ArgumentNullException.ThrowIfNull(document);
        return opmaak.MaakPdf(document.Tekst(), document.Beschrijving());
    }
}

/// <summary>What the PDF file says about itself.</summary>
/// <param name="Datum">The file's date: a date of the content (the day it was made), so the same content gives the same bytes.</param>
/// <param name="Sleutel">Names the document whatever its version, e.g. "portfolio-evaluatie/Noord/2026".</param>
public sealed record Pdfbeschrijving(string Titel, string Auteur, DateOnly Datum, string Sleutel);
