using PassendOnderwijs.Api.Http.Tabeluitvoer;
using PassendOnderwijs.Application.Gebruikers;

namespace PassendOnderwijs.Api.Endpoints.Gebruikers;

/// <summary>The columns of an accounts export: what the Accounts screen shows, with role and status in words.</summary>
internal static class GebruikerTabel
{
    // The same names as the SPA shows (client/src/auth/rollen.ts, gebruikerWeergave.ts); the codes are the contract's.
    private static readonly Dictionary<string, string> Rollen = new(StringComparer.Ordinal)
    {
        ["swv-beheerder"] = "Beheerder samenwerkingsverband",
        ["swv-medewerker"] = "Medewerker samenwerkingsverband",
        ["school-medewerker"] = "Medewerker school (IB'er/KC)",
        ["expert"] = "Expert",
        ["register-beheerder"] = "Beheerder landelijk register",
        ["platform-beheerder"] = "Beheerder platform",
    };

    private static readonly Dictionary<string, string> Statussen = new(StringComparer.Ordinal)
    {
        ["wacht-op-activering"] = "Wacht op activering",
        ["actief"] = "Actief",
        ["gedeactiveerd"] = "Gedeactiveerd",
    };

    public static Tabel<GebruikerDto> Tabel { get; } = new("accounts",
    [
        new("Naam", g => Cel.AlsTekst(g.Naam)),
        new("E-mailadres", g => Cel.AlsTekst(g.Email)),
        new("Rol", g => Cel.AlsTekst(Rollen.GetValueOrDefault(g.Rol, g.Rol))),
        new("Scholen", g => Cel.AlsTekst(string.Join(", ", g.Vestigingen))),
        new("Status", g => Cel.AlsTekst(Statussen.GetValueOrDefault(g.Status, g.Status))),
    ]);
}
