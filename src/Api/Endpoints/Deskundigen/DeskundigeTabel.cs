using PassendOnderwijs.Api.Http.Tabeluitvoer;
using PassendOnderwijs.Application.Deskundigen;
using PassendOnderwijs.Domain.Deskundigen;

namespace PassendOnderwijs.Api.Endpoints.Deskundigen;

/// <summary>The columns of an export of the register: what the Deskundigen screen shows, with the code lists in words.</summary>
internal static class DeskundigeTabel
{
    public static Tabel<DeskundigeDto> Tabel { get; } = new("deskundigen",
    [
        new("Naam", d => Cel.AlsTekst(d.Naam)),
        new("Discipline", d => Cel.AlsTekst(DisciplineCodes.Lijst.LabelVan(d.Discipline))),
        new("Beroepsregister", d => d.Beroepsregister is { } r ? Cel.AlsTekst(BeroepsregisterCodes.Lijst.LabelVan(r)) : Cel.Leeg),
        new("Registratienummer", d => Cel.AlsTekst(d.Registratienummer)),
        new("Werkgever", d => Cel.AlsTekst(d.Werkgever)),
        new("Schoolbestuur", d => Cel.AlsTekst(d.SchoolbestuurNaam)),
        new("School", d => Cel.AlsTekst(d.SchoolNaam is { } naam ? $"{naam} ({d.Vestiging})" : d.Vestiging)),
        new("Account", d => Cel.AlsTekst(d.AccountNaam)),
        new("Actief", d => Cel.AlsJaNee(d.Actief)),
    ]);
}
