using System.Text.RegularExpressions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Organisaties;

/// <summary>A school location: the BRIN number (two digits, two letters) and the vestigingsnummer (two digits), e.g. 12AB00.</summary>
public sealed partial record VestigingCode
{
    /// <summary>The code's form, for the contract (JSON Schema / ECMA regex); the domain matches the same with \z.</summary>
    public const string Patroon = "^" + Vorm + "$";

    private const string Vorm = "[0-9]{2}[A-Z]{2}[0-9]{2}";

    private VestigingCode(string waarde) => Waarde = waarde;

    public string Waarde { get; }

    public static Result<VestigingCode> Parse(string? tekst, string veld = "vestiging") =>
        tekst is not null && Regel().IsMatch(tekst)
            ? new VestigingCode(tekst)
            : Fout.Ongeldig("ongeldige-vestigingcode", "Een vestiging heeft een code van BRIN en vestigingsnummer, zoals 12AB00.", veld);

    public override string ToString() => Waarde;

    [GeneratedRegex("^" + Vorm + @"\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Regel();
}
