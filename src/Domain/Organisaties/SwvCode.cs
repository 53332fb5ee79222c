using System.Text.RegularExpressions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Organisaties;

/// <summary>The code of a samenwerkingsverband: PO or VO and four digits, e.g. PO2705 (shown as PO-27-05).</summary>
public sealed partial record SwvCode
{
    /// <summary>The code's form, for the contract (JSON Schema / ECMA regex); the domain matches the same with \z.</summary>
    public const string Patroon = "^" + Vorm + "$";

    /// <summary>The form without anchors, to combine with other forms (a werkgebied is an SWV code or a postcode area).</summary>
    public const string Vorm = "(PO|VO)[0-9]{4}";

    private SwvCode(string waarde) => Waarde = waarde;

    public string Waarde { get; }

    public static Result<SwvCode> Parse(string? tekst, string veld = "samenwerkingsverband") =>
        tekst is not null && Regel().IsMatch(tekst)
            ? new SwvCode(tekst)
            : Fout.Ongeldig("ongeldige-swv-code", "Een samenwerkingsverband heeft een code als PO2705 of VO2301.", veld);

    public override string ToString() => Waarde;

    [GeneratedRegex("^" + Vorm + @"\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Regel();
}
