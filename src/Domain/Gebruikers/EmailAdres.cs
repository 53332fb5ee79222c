using System.Text.RegularExpressions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Gebruikers;

/// <summary>An e-mail address used to sign in; compared case-insensitively, so stored in lower case.</summary>
public sealed partial record EmailAdres
{
    public const int MaximaleLengte = 254;

    private EmailAdres(string waarde) => Waarde = waarde;

    public string Waarde { get; }

    public static Result<EmailAdres> Parse(string? tekst, string veld = "emailadres")
    {
        var genormaliseerd = tekst?.Trim().ToLowerInvariant();
        return genormaliseerd is { Length: > 0 and <= MaximaleLengte } && Patroon().IsMatch(genormaliseerd)
            ? new EmailAdres(genormaliseerd)
            : Fout.Ongeldig("ongeldig-emailadres", "Geef een geldig e-mailadres op.", veld);
    }

    public override string ToString() => Waarde;

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Patroon();
}
