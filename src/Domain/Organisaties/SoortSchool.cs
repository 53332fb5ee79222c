using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Organisaties;

/// <summary>The kind of school a vestiging is; SBO, SO and VSO are the places a TLV gives access to.</summary>
public enum SoortSchool
{
    Bao,
    Sbo,
    So,
    Vso,
    Vo,
    Pro,
}

public static class SoortSchoolCodes
{
    public static Codelijst<SoortSchool> Lijst { get; } = new(
        "soort school",
        new Dictionary<SoortSchool, (string Code, string Label)>
        {
            [SoortSchool.Bao] = ("BAO", "Basisonderwijs"),
            [SoortSchool.Sbo] = ("SBO", "Speciaal basisonderwijs"),
            [SoortSchool.So] = ("SO", "Speciaal onderwijs"),
            [SoortSchool.Vso] = ("VSO", "Voortgezet speciaal onderwijs"),
            [SoortSchool.Vo] = ("VO", "Voortgezet onderwijs"),
            [SoortSchool.Pro] = ("PRO", "Praktijkonderwijs"),
        });
}
