using PassendOnderwijs.Domain.Common;

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

    /// <summary>
    /// A deskundige who advises on toelaatbaarheidsverklaringen (orthopedagoog, psycholoog, ...), under their own account
    /// in one samenwerkingsverband. Sees no pupils and no lists of the SWV: only the TLV's they were asked to advise on.
    /// </summary>
    Deskundige,

    /// <summary>
    /// Keeps the national register of onderwijsbegeleidingsaanbieders: may change every aanbieder in it, whoever
    /// registered it. A national role: it reads no pupil data and no samenwerkingsverband's own data at all.
    /// </summary>
    RegisterBeheerder,

    /// <summary>
    /// Runs the installation: registers samenwerkingsverbanden (the tenants), creates their first beheerder, suspends
    /// and reactivates them. A national role of no samenwerkingsverband: it sees no pupil data and no tenant's own data.
    /// </summary>
    PlatformBeheerder,

    /// <summary>
    /// An ouder or verzorger (wettelijk vertegenwoordiger): sees only their own children, in the parent portal, and
    /// only the children a school linked to their account. Invited by the school, never made by a beheerder.
    /// </summary>
    Ouder,
}

public static class RolCodes
{
    public static Codelijst<Rol> Lijst { get; } = new(
        "rol",
        new Dictionary<Rol, (string Code, string Label)>
        {
            [Rol.SwvBeheerder] = ("swv-beheerder", "Beheerder samenwerkingsverband"),
            [Rol.SwvMedewerker] = ("swv-medewerker", "Medewerker samenwerkingsverband"),
            [Rol.SchoolMedewerker] = ("school-medewerker", "Medewerker school (IB'er/KC)"),
            [Rol.Expert] = ("expert", "Expert"),
            [Rol.Deskundige] = ("deskundige", "Deskundige (advies toelaatbaarheid)"),
            [Rol.RegisterBeheerder] = ("register-beheerder", "Beheerder landelijk register"),
            [Rol.PlatformBeheerder] = ("platform-beheerder", "Beheerder platform"),
            [Rol.Ouder] = ("ouder", "Ouder of verzorger"),
        });

    /// <summary>
    /// Whether the role belongs to no samenwerkingsverband: the platform's own roles, above every tenant. The
    /// platform-beheerder runs the installation; the register-beheerder keeps the national register. Their accounts are
    /// made by a platform-beheerder and what they do is in the platform's audit log.
    /// </summary>
    public static bool HoortBijGeenSamenwerkingsverband(this Rol rol) => rol is Rol.PlatformBeheerder or Rol.RegisterBeheerder;

    /// <summary>The code used in tokens and the API, e.g. "swv-beheerder".</summary>
    public static string Code(this Rol rol) => Lijst.Code(rol);

    public static Rol? VanCode(string? code) => Lijst.Zoek(code);
}
