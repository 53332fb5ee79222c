using PassendOnderwijs.Api.Http.Tabeluitvoer;
using PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementOverzicht;
using PassendOnderwijs.Domain.Arrangementen;

namespace PassendOnderwijs.Api.Endpoints.Arrangementen;

/// <summary>The columns of an arrangementen export: what the overview shows, with the names people read instead of codes.</summary>
internal static class ArrangementTabel
{
    public static Tabel<ArrangementSamenvattingDto> Tabel { get; } = new("arrangementen",
    [
        new("Leerling", a => Cel.AlsTekst(a.Leerling.VolledigeNaam())),
        new("Vestiging", a => Cel.AlsTekst(a.Vestiging)),
        new("Soort", a => Cel.AlsTekst(SoortArrangementCodes.Lijst.LabelVan(a.Soort))),
        new("Status", a => Cel.AlsTekst(ArrangementStatusCodes.Lijst.LabelVan(a.Status))),
        new("Ingangsdatum", a => Cel.AlsDatum(a.Ingangsdatum)),
        new("Einddatum", a => Cel.AlsDatum(a.Einddatum)),
        new("Besluit uiterlijk", a => Cel.AlsDatum(a.Behandeldeadline)),
        new("Evaluatie uiterlijk", a => Cel.AlsDatum(a.VolgendeEvaluatieUiterlijk)),
        new("Evaluatie te laat", a => Cel.AlsJaNee(a.EvaluatieVerlopen)),
    ]);
}
