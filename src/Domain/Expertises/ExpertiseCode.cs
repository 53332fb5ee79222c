using System.Text.RegularExpressions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Expertises;

/// <summary>A code from RIO's waardelijst "Expertises so, vso", such as AUTISMESPECTRUMSTOORNISSEN.</summary>
public sealed partial record ExpertiseCode
{
    public const int MaximaleLengte = 60;

    /// <summary>The code's form, for the contract (JSON Schema / ECMA regex); the domain matches the same with \z.</summary>
    public const string Patroon = "^" + Vorm + "$";

    private const string Vorm = "[A-Z][A-Z0-9_]*";

    private ExpertiseCode(string waarde) => Waarde = waarde;

    public string Waarde { get; }

    public static Result<ExpertiseCode> Parse(string? tekst, string veld = "code")
    {
        if (string.IsNullOrEmpty(tekst) || tekst.Length > MaximaleLengte || !Regel().IsMatch(tekst))
        {
            return Fout.Ongeldig(
                "ongeldige-expertisecode",
                $"Een expertisecode bestaat uit hoofdletters en liggende streepjes (hoogstens {MaximaleLengte} tekens), bijvoorbeeld AUTISMESPECTRUMSTOORNISSEN.",
                veld);
        }

        return new ExpertiseCode(tekst);
    }

    public override string ToString() => Waarde;

    [GeneratedRegex("^" + Vorm + @"\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Regel();
}
