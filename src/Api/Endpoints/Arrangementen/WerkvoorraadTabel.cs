using PassendOnderwijs.Api.Http.Tabeluitvoer;
using PassendOnderwijs.Application.Arrangementen.Queries.GeefWerkvoorraad;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.Endpoints.Arrangementen;

/// <summary>The columns of a werkvoorraad export: for whom, which pupil, why and by when, as "Mijn werkvoorraad" shows it.</summary>
internal static class WerkvoorraadTabel
{
    public static Tabel<WerkvoorraadItemDto> Tabel { get; } = new("werkvoorraad",
    [
        new("Voor", i => Cel.AlsTekst(RolCodes.Lijst.LabelVan(i.Voor))),
        new("Leerling", i => Cel.AlsTekst(i.Leerling)),
        new("Vestiging", i => Cel.AlsTekst(i.Vestiging)),
        new("Soort", i => Cel.AlsTekst(SoortArrangementCodes.Lijst.LabelVan(i.Soort))),
        new("Status", i => Cel.AlsTekst(ArrangementStatusCodes.Lijst.LabelVan(i.Status))),
        new("Reden", i => Cel.AlsTekst(i.Omschrijving)),
        new("Deadline", i => Cel.AlsDatum(i.Deadline)),
        new("Deadline verlopen", i => Cel.AlsJaNee(i.Verlopen)),
    ]);
}
