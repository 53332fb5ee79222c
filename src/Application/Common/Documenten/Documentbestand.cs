using System.Globalization;
using System.Text;

namespace PassendOnderwijs.Application.Common.Documenten;

/// <summary>
/// A document made from a record (a beschikking, an OPP version) as a file: its name, its bytes, and the record's
/// version, which is its ETag (the same version gives the same bytes).
/// </summary>
public interface IDocumentbestand
{
    string Bestandsnaam { get; }

    byte[] Inhoud { get; }

    long Versie { get; }
}

/// <summary>A PDF made on request (the ouder's log, the portfolio's yearly evaluation): its name and its bytes.</summary>
/// <param name="Bestandsnaam">E.g. "portfolio-evaluatie-Noord-2026.pdf", made with <see cref="Bestandsnamen.Pdf"/>.</param>
public sealed record Pdfbestand(string Bestandsnaam, byte[] Inhoud);

public static class Bestandsnamen
{
    /// <summary>
    /// "beschikking-PO2705-TLV-0007.pdf", "opp-Sanne-de-Vries-v2.pdf": the parts joined by dashes, accents dropped and
    /// every other character that is not a letter, digit or dash replaced by one dash, so the name is safe in a
    /// Content-Disposition header and on every file system.
    /// </summary>
    public static string Pdf(params IEnumerable<string> delen)
    {
        ArgumentNullException.ThrowIfNull(delen);
        var naam = new StringBuilder();
        foreach (var teken in string.Join('-', delen).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(teken) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var veilig = char.IsAsciiLetterOrDigit(teken) || teken == '-' ? teken : '-';
            // A run of unsafe characters ("de Vries / Şahin") becomes one dash, not several.
            if (veilig != '-' || teken == '-' || naam.Length == 0 || naam[^1] != '-')
            {
                naam.Append(veilig);
            }
        }

        return $"{naam.ToString().Trim('-')}.pdf";
    }
}
