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
    public static Codelijst<SoortSchool> Lijst { get; } = new(new Dictionary<SoortSchool, string>
    {
        [SoortSchool.Bao] = "BAO",
        [SoortSchool.Sbo] = "SBO",
        [SoortSchool.So] = "SO",
        [SoortSchool.Vso] = "VSO",
        [SoortSchool.Vo] = "VO",
        [SoortSchool.Pro] = "PRO",
    });
}
