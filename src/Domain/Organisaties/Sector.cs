using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Organisaties;

/// <summary>The sector a samenwerkingsverband works in; its code starts with it (PO2705, VO2301).</summary>
public enum Sector
{
    Po,
    Vo,
}

public static class SectorCodes
{
    public static Codelijst<Sector> Lijst { get; } = new(
        "sector",
        new Dictionary<Sector, (string Code, string Label)>
        {
            [Sector.Po] = ("PO", "Primair onderwijs"),
            [Sector.Vo] = ("VO", "Voortgezet onderwijs"),
        });

    /// <summary>The sector a code names by its first two letters.</summary>
    public static Sector Van(SwvCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Waarde.StartsWith("VO", StringComparison.Ordinal) ? Sector.Vo : Sector.Po;
    }
}

/// <summary>Whether a tenant is in use: while suspended nobody of it signs in and no token of it works.</summary>
public enum TenantStatus
{
    Actief,
    Opgeschort,
}

public static class TenantStatusCodes
{
    public static Codelijst<TenantStatus> Lijst { get; } = new(
        "status",
        new Dictionary<TenantStatus, (string Code, string Label)>
        {
            [TenantStatus.Actief] = ("actief", "Actief"),
            [TenantStatus.Opgeschort] = ("opgeschort", "Opgeschort"),
        });
}
