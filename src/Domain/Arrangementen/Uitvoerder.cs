using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Arrangementen;

/// <summary>Who provides the support.</summary>
public enum SoortUitvoerder
{
    School,
    SboSo,
    Expert,
    Oba,
}

/// <summary>Who pays for it.</summary>
public enum Bekostiger
{
    Swv,
    School,
    Bestuur,
}

public static class UitvoerderCodes
{
    public static Codelijst<SoortUitvoerder> Soorten { get; } = new(
        "uitvoerder",
        new Dictionary<SoortUitvoerder, (string Code, string Label)>
        {
            [SoortUitvoerder.School] = ("school", "De school zelf"),
            [SoortUitvoerder.SboSo] = ("sbo-so", "Een sbo- of so-school"),
            [SoortUitvoerder.Expert] = ("expert", "Een expert"),
            [SoortUitvoerder.Oba] = ("oba", "Een onderwijsbegeleidingsaanbieder (OBA)"),
        });

    public static Codelijst<Bekostiger> Bekostigers { get; } = new(
        "bekostiger",
        new Dictionary<Bekostiger, (string Code, string Label)>
        {
            [Bekostiger.Swv] = ("swv", "Het samenwerkingsverband"),
            [Bekostiger.School] = ("school", "De school"),
            [Bekostiger.Bestuur] = ("bestuur", "Het schoolbestuur"),
        });
}

/// <summary>
/// The party that provides the arrangement: a school, an SBO/SO school, an expert of the SWV, or an
/// onderwijsbegeleidingsaanbieder (OBA) with the expertise it brings (cluster 1/2 arrangements). An expert may be
/// named by their account (<paramref name="ExpertId"/>, a <c>Gebruiker</c> id): only then does the system know which
/// person that is, and lets them see the pupil while the arrangement is open. A name alone matches nobody.
/// </summary>
public sealed record Uitvoerder(SoortUitvoerder Soort, string Naam, string? ObaCode, string? Expertise, Guid? ExpertId = null)
{
    public const int MaximaleLengteNaam = 160;
}
