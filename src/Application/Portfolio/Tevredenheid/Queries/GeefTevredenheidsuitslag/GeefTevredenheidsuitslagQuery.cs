using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Tevredenheid.Queries.GeefTevredenheidsuitslag;

/// <summary>
/// The results of the tevredenheidsonderzoeken of one school year (default: the current one) per expert,
/// expertisegebied and regio, for the people who weigh the portfolio. Groups under 5 answers show no averages, except
/// to the manager ondersteuning, who may read the individual answers anyway.
/// </summary>
[Toegang(Functies = [Functie.ManagerOndersteuning, Functie.Beleidsmedewerker, Functie.RegionaalProcesbegeleider])]
[KanFalen(FoutSoort.Ongeldig)]
public sealed record GeefTevredenheidsuitslagQuery(string? Schooljaar) : IQuery<Result<TevredenheidsuitslagDto>>;
