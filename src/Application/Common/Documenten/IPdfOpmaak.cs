namespace PassendOnderwijs.Application.Common.Documenten;

/// <summary>
/// Lays out any document's words (<see cref="DocumentTekst"/>) as the product's PDF, for a use case that needs nothing
/// more than its text and the file's own data. (The older documents each kept an interface of their own.)
/// </summary>
public interface IPdfOpmaak
{
    byte[] MaakPdf(DocumentTekst tekst, Pdfbeschrijving beschrijving);
}

/// <summary>What the PDF file says about itself.</summary>
/// <param name="Datum">The file's date: a date of the content (the day it was made), so the same content gives the same bytes.</param>
/// <param name="Sleutel">Names the document whatever its version, e.g. "portfolio-evaluatie/Noord/2026".</param>
public sealed record Pdfbeschrijving(string Titel, string Auteur, DateOnly Datum, string Sleutel);
