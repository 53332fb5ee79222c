using System.Globalization;
using System.Text.RegularExpressions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Schooljaren;

/// <summary>
/// A Dutch school year ("leerjaar" in RIO's waardelijsten), written "2026-2027". It runs from 1 August to 31 July,
/// the dates the Wet op het primair onderwijs and the Wet voortgezet onderwijs 2020 use for a schooljaar.
/// </summary>
public readonly partial record struct Schooljaar : IComparable<Schooljaar>
{
    public const int EerstToegestaneBeginjaar = 1990;
    public const int LaatstToegestaneBeginjaar = 2199;
    private const int EersteMaand = 8;

    private Schooljaar(int beginjaar) => Beginjaar = beginjaar;

    public int Beginjaar { get; }

    public int Eindjaar => Beginjaar + 1;

    public DateOnly Begindatum => new(Beginjaar, EersteMaand, 1);

    public DateOnly Einddatum => new(Eindjaar, EersteMaand - 1, 31);

    public static Schooljaar Van(int beginjaar) =>
        beginjaar is < EerstToegestaneBeginjaar or > LaatstToegestaneBeginjaar
            ? throw new ArgumentOutOfRangeException(nameof(beginjaar), beginjaar, "Outside the supported range.")
            : new Schooljaar(beginjaar);

    /// <summary>The school year that contains <paramref name="datum"/>.</summary>
    public static Schooljaar Op(DateOnly datum) =>
        Van(datum.Month >= EersteMaand ? datum.Year : datum.Year - 1);

    public static Result<Schooljaar> Parse(string? tekst, string veld = "leerjaar")
    {
        var match = tekst is null ? null : Patroon().Match(tekst);
        if (match is null || !match.Success)
        {
            return Fout.Ongeldig(
                "ongeldig-leerjaar",
                $"Een leerjaar schrijft u als twee opeenvolgende jaren, bijvoorbeeld \"2026-2027\"; \"{tekst}\" is dat niet.",
                veld);
        }

        var begin = int.Parse(match.Groups["begin"].Value, CultureInfo.InvariantCulture);
        var eind = int.Parse(match.Groups["eind"].Value, CultureInfo.InvariantCulture);
        if (eind != begin + 1)
        {
            return Fout.Ongeldig(
                "ongeldig-leerjaar",
                $"Het eindjaar van een leerjaar volgt direct op het beginjaar; \"{tekst}\" doet dat niet.",
                veld);
        }

        if (begin is < EerstToegestaneBeginjaar or > LaatstToegestaneBeginjaar)
        {
            return Fout.Ongeldig(
                "ongeldig-leerjaar",
                $"Het leerjaar moet tussen {EerstToegestaneBeginjaar}-{EerstToegestaneBeginjaar + 1} en {LaatstToegestaneBeginjaar}-{LaatstToegestaneBeginjaar + 1} liggen.",
                veld);
        }

        return new Schooljaar(begin);
    }

    public bool Bevat(DateOnly datum) => datum >= Begindatum && datum <= Einddatum;

    public Schooljaar Volgend() => Van(Beginjaar + 1);

    public int CompareTo(Schooljaar other) => Beginjaar.CompareTo(other.Beginjaar);

    public static bool operator <(Schooljaar left, Schooljaar right) => left.CompareTo(right) < 0;

    public static bool operator >(Schooljaar left, Schooljaar right) => left.CompareTo(right) > 0;

    public static bool operator <=(Schooljaar left, Schooljaar right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Schooljaar left, Schooljaar right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Beginjaar}-{Eindjaar}");

    [GeneratedRegex(@"^(?<begin>[0-9]{4})-(?<eind>[0-9]{4})\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Patroon();
}
