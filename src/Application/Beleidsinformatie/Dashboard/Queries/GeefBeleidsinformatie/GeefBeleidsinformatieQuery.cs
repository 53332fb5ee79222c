using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Beleidsinformatie.Dashboard.Queries.GeefBeleidsinformatie;

/// <summary>
/// The beleidsinformatie dashboard of a schooljaar (<see cref="BeleidsinformatieDto"/>) for the SWV staff who read the
/// portfolio's yearly evaluation: the same functies. <paramref name="VoorBuiten"/> asks for the version for readers
/// outside the bureau, with small cells hidden (the file is always that version). Aggregates only: no pupil, so no audit.
/// </summary>
[Toegang(Functies = [Functie.ManagerOndersteuning, Functie.Beleidsmedewerker, Functie.RegionaalProcesbegeleider])]
[KanFalen(FoutSoort.Ongeldig, FoutSoort.NietGevonden)]
public sealed record GeefBeleidsinformatieQuery(string? Leerjaar, string? Regio, string? Vestiging, Guid? Bestuur, bool VoorBuiten)
    : IQuery<Result<BeleidsinformatieDto>>;
