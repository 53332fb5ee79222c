using System.Text.RegularExpressions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Begeleidingsaanbod;

/// <summary>The limits of the search and sync parameters, shared by the list, the feed and their tokens.</summary>
internal static partial class AanbiederZoekregels
{
    public const int MaximalePageSize = 100;
    public const int StandaardPageSize = 50;
    public const int MaximaleLengteNaam = 80;

    public static bool IsWerkgebied(string? tekst) =>
        tekst is not null && (SwvCode.Parse(tekst).IsGelukt || Postcodegebied().IsMatch(tekst));

    public static Fout OngeldigWerkgebied(string veld) =>
        Fout.Ongeldig("ongeldig-werkgebied", "Een werkgebied is een code van een samenwerkingsverband (zoals PO2705) of een postcodegebied van vier cijfers (zoals 3811).", veld);

    [GeneratedRegex(@"^[1-9][0-9]{3}\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Postcodegebied();
}
