namespace PassendOnderwijs.Domain.Common;

/// <summary>Checks on free text that every aggregate applies the same way.</summary>
public static class Tekst
{
    /// <summary>The trimmed text, or a problem when it is missing or longer than <paramref name="maximum"/>.</summary>
    public static Result<string> Verplicht(string? tekst, int maximum, string veld, string code, string melding)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return Fout.Ongeldig(code, melding, veld);
        }

        var waarde = tekst.Trim();
        return waarde.Length > maximum ? Fout.Ongeldig("tekst-te-lang", $"Hoogstens {maximum} tekens.", veld) : waarde;
    }

    /// <summary>The trimmed text or null when empty; a problem when longer than <paramref name="maximum"/>.</summary>
    public static Result<string?> Optioneel(string? tekst, int maximum, string veld)
    {
        var waarde = string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();
        return waarde is { Length: var lengte } && lengte > maximum
            ? Result<string?>.Mislukt(Fout.Ongeldig("tekst-te-lang", $"Hoogstens {maximum} tekens.", veld))
            : Result<string?>.Gelukt(waarde);
    }

    /// <summary>
    /// Whether the text holds a control character other than tab, newline or carriage return. NUL cannot be stored at
    /// all (PostgreSQL refuses it) and the others have no place in anything a person types.
    /// </summary>
    public static bool HeeftStuurteken(string tekst)
    {
        ArgumentNullException.ThrowIfNull(tekst);
        foreach (var teken in tekst)
        {
            if (char.IsControl(teken) && teken is not ('\t' or '\n' or '\r'))
            {
                return true;
            }
        }

        return false;
    }

    public const string StuurtekenMelding = "Deze tekst bevat een teken dat niet is toegestaan, zoals een NUL- of ander stuurteken.";
}
