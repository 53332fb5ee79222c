namespace PassendOnderwijs.Domain.Gebruikers;

/// <summary>What a person does in the samenwerkingsverband; decides what they may see and do.</summary>
public enum Rol
{
    /// <summary>Manages the SWV's users, clients and reference data.</summary>
    SwvBeheerder,

    /// <summary>SWV staff: trajectbegeleider, commissie member; reviews and decides.</summary>
    SwvMedewerker,

    /// <summary>IB'er or KC of one or more vestigingen; sees only their own pupils.</summary>
    SchoolMedewerker,

    /// <summary>SWV expert deployed to schools.</summary>
    Expert,
}

public static class RolCodes
{
    private static readonly Dictionary<Rol, string> Codes = new()
    {
        [Rol.SwvBeheerder] = "swv-beheerder",
        [Rol.SwvMedewerker] = "swv-medewerker",
        [Rol.SchoolMedewerker] = "school-medewerker",
        [Rol.Expert] = "expert",
    };

    /// <summary>The code used in tokens and the API, e.g. "swv-beheerder".</summary>
    public static string Code(this Rol rol) => Codes[rol];

    public static Rol? VanCode(string? code) =>
        Codes.FirstOrDefault(c => c.Value == code) is { Value: not null } paar ? paar.Key : null;
}
