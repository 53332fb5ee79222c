using PassendOnderwijs.Api.Http.Tabeluitvoer;
using PassendOnderwijs.Application.Gebruikers;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.Endpoints.Gebruikers;

/// <summary>The columns of an accounts export: what the Accounts screen shows, with role and status in words.</summary>
internal static class GebruikerTabel
{
    public static Tabel<GebruikerDto> Tabel { get; } = new("accounts",
    [
        new("Naam", g => Cel.AlsTekst(g.Naam)),
        new("E-mailadres", g => Cel.AlsTekst(g.Email)),
        new("Rol", g => Cel.AlsTekst(RolCodes.Lijst.LabelVan(g.Rol))),
        new("Scholen", g => Cel.AlsTekst(string.Join(", ", g.Vestigingen))),
        new("Status", g => Cel.AlsTekst(AccountstatusCodes.Lijst.LabelVan(g.Status))),
    ]);
}
