using System.Globalization;

namespace PassendOnderwijs.Domain.Documenten;

/// <summary>
/// A file name as people gave it, made safe to keep and to offer again: no folders ("C:\Users\…\verslag.pdf" or
/// "../../etc/passwd" keep only their last part), no control or invisible formatting characters (a right-to-left
/// override can make "verslag‮fdp.exe" look like a PDF), and at most <see cref="MaximaleLengte"/> characters, cut before
/// the extension so the kind stays readable.
/// </summary>
public static class Bestandsnaam
{
    public const int MaximaleLengte = 200;

    public static string Schoon(string? naam)
    {
        if (string.IsNullOrWhiteSpace(naam))
        {
            return string.Empty;
        }

        var laatste = naam[(naam.LastIndexOfAny(['/', '\\']) + 1)..];
        var schoon = new string(laatste.Where(t => !char.IsControl(t) && CharUnicodeInfo.GetUnicodeCategory(t) != UnicodeCategory.Format).ToArray())
            .Trim().Trim('.').Trim();
        if (schoon.Length <= MaximaleLengte)
        {
            return schoon;
        }

        var extensie = Path.GetExtension(schoon);
        extensie = extensie.Length is > 1 and <= 10 ? extensie : string.Empty;
        var lengte = MaximaleLengte - extensie.Length;
        if (char.IsHighSurrogate(schoon[lengte - 1]))
        {
            lengte--;
        }

        return schoon[..lengte].TrimEnd() + extensie;
    }
}
