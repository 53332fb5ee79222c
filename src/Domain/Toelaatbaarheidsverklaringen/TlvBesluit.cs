using PassendOnderwijs.Domain.Arrangementen;

namespace PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

/// <summary>What SWV staff decide, as they send it; <see cref="Toelaatbaarheidsverklaring.Besluit"/> checks it against the advices and the policy.</summary>
public sealed record Besluitvoorstel(
    bool? Toelaatbaar,
    SoortToelaatbaarheid? Soort,
    Bekostigingscategorie? Categorie,
    DateOnly? Ingangsdatum,
    DateOnly? Einddatum,
    string? RedenAfwijkendeDuur,
    string? Beschikkingsnummer,
    DateOnly Besluitdatum,
    string? Motivering,
    string? AfwijkingVanAdvies);

/// <summary>
/// The decision of the commissie van toewijzing: toelaatbaar (for a soort and categorie, from–to) or not, under a
/// beschikkingsnummer unique in the samenwerkingsverband, with its motivering; where it departs from an advice, why;
/// where the period departs from the SWV's usual duration, why.
/// </summary>
public sealed record TlvBesluit(
    bool Toelaatbaar,
    SoortToelaatbaarheid? Soort,
    Bekostigingscategorie? Categorie,
    DateOnly? Ingangsdatum,
    DateOnly? Einddatum,
    string? RedenAfwijkendeDuur,
    string Beschikkingsnummer,
    DateOnly Besluitdatum,
    string Motivering,
    string? AfwijkingVanAdvies,
    Actor Door,
    DateTimeOffset VastgelegdOp)
{
    public const int MaximaleLengteBeschikkingsnummer = 40;
    public const int MaximaleLengteMotivering = 8000;
}
