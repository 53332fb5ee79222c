using System.Text.RegularExpressions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Begeleidingsaanbod;

/// <summary>RIO's onderwijsbegeleidingsaanbiedercode: three digits, a capital letter, three digits (e.g. 123A456).</summary>
public sealed partial record ObaCode
{
    /// <summary>The code's form, for the contract (JSON Schema / ECMA regex); the domain matches the same with \z.</summary>
    public const string Patroon = "^" + Vorm + "$";

    private const string Vorm = "[0-9]{3}[A-Z][0-9]{3}";

    private ObaCode(string waarde) => Waarde = waarde;

    public string Waarde { get; }

    public static Result<ObaCode> Parse(string? tekst, string veld = "code") =>
        tekst is not null && Regel().IsMatch(tekst)
            ? new ObaCode(tekst)
            : Fout.Ongeldig("ongeldige-oba-code", "Een onderwijsbegeleidingsaanbiedercode is drie cijfers, een hoofdletter en drie cijfers, zoals 123A456.", veld);

    public override string ToString() => Waarde;

    [GeneratedRegex("^" + Vorm + @"\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Regel();
}
