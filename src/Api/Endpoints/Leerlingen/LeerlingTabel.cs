using PassendOnderwijs.Api.Http.Tabeluitvoer;
using PassendOnderwijs.Application.Leerlingen;

namespace PassendOnderwijs.Api.Endpoints.Leerlingen;

/// <summary>The columns of a pupil export: what the list shows. The support needs stay in the application.</summary>
internal static class LeerlingTabel
{
    public static Tabel<LeerlingDto> Tabel { get; } = new("leerlingen",
    [
        new("Achternaam", l => Cel.AlsTekst(l.Achternaam)),
        new("Voornaam", l => Cel.AlsTekst(l.Voornaam)),
        new("Geboortedatum", l => Cel.AlsDatum(l.Geboortedatum)),
        new("Vestiging", l => Cel.AlsTekst(l.Vestiging)),
        new("Groep", l => Cel.AlsTekst(l.Groep)),
    ]);
}
