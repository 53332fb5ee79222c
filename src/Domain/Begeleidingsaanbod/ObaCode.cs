using System.Text.RegularExpressions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Begeleidingsaanbod;

/// <summary>RIO's onderwijsbegeleidingsaanbiedercode: three digits, a capital letter, three digits (e.g. 123A456).</summary>
public sealed partial record ObaCode : IComparable<ObaCode>
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

    /// <summary>Codes order by their characters (ordinal), as the register's list sorts them; in SQL the column compares.</summary>
    public int CompareTo(ObaCode? other) => other is null ? 1 : string.CompareOrdinal(Waarde, other.Waarde);

    public static bool operator <(ObaCode left, ObaCode right) => Vergelijk(left, right) < 0;

    public static bool operator >(ObaCode left, ObaCode right) => Vergelijk(left, right) > 0;

    public static bool operator <=(ObaCode left, ObaCode right) => Vergelijk(left, right) <= 0;

    public static bool operator >=(ObaCode left, ObaCode right) => Vergelijk(left, right) >= 0;

    private static int Vergelijk(ObaCode? left, ObaCode? right) => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    [GeneratedRegex("^" + Vorm + @"\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Regel();
}
