using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Beleidsinformatie.Leerlingaantallen;

/// <summary>Where a vestiging's pupils count in the deelnamepercentage.</summary>
public enum Onderwijsvorm
{
    Regulier,
    Sbo,
    So,
}

public static class OnderwijsvormCodes
{
    public static Codelijst<Onderwijsvorm> Lijst { get; } = new(
        "onderwijsvorm",
        new Dictionary<Onderwijsvorm, (string Code, string Label)>
        {
            [Onderwijsvorm.Regulier] = ("regulier", "Regulier onderwijs"),
            [Onderwijsvorm.Sbo] = ("sbo", "Speciaal basisonderwijs"),
            [Onderwijsvorm.So] = ("so", "Speciaal onderwijs"),
        });
}

/// <summary>
/// The deelnamepercentage regulier onderwijs: the share of the samenwerkingsverband's pupils in regular schools,
/// regular ÷ (regular + SBO + SO/VSO), as DUO and the ondersteuningsplan state it. Praktijkonderwijs is regular
/// (voortgezet onderwijs, not speciaal onderwijs).
/// </summary>
public static class Deelname
{
    public static Onderwijsvorm Vorm(SoortSchool soort) => soort switch
    {
        SoortSchool.Sbo => Onderwijsvorm.Sbo,
        SoortSchool.So or SoortSchool.Vso => Onderwijsvorm.So,
        _ => Onderwijsvorm.Regulier,
    };

    /// <summary>In percent, to two decimals (96.54); null without pupils, as a share of nothing is not zero.</summary>
    public static decimal? Percentage(int regulier, int sbo, int so)
    {
        var totaal = regulier + sbo + so;
        return totaal == 0 ? null : Math.Round(100m * regulier / totaal, 2, MidpointRounding.AwayFromZero);
    }
}
