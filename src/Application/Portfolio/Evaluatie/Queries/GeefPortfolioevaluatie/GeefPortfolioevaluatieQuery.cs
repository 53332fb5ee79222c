using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Evaluatie.Queries.GeefPortfolioevaluatie;

/// <summary>
/// The yearly evaluation of a regio's portfolio (<see cref="PortfolioevaluatieDto"/>) for the SWV staff who weigh the
/// portfolio and present it to the regional board. <paramref name="VoorBestuur"/> asks for the board's version, which
/// hides cells below the SWV's small-cell drempel (the CSV and PDF are always that version). Figures only: no pupil, so no audit.
/// </summary>
[Toegang(Functies = [Functie.ManagerOndersteuning, Functie.Beleidsmedewerker, Functie.RegionaalProcesbegeleider])]
[KanFalen(FoutSoort.Ongeldig, FoutSoort.NietGevonden)]
public sealed record GeefPortfolioevaluatieQuery(string Regio, string Jaar, bool VoorBestuur) : IQuery<Result<PortfolioevaluatieDto>>;
