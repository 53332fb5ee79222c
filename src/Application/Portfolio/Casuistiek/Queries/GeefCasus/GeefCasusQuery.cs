using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Casuistiek.Queries.GeefCasus;

/// <summary>
/// One case with its texts, outcome, history and the steps the caller may take; says whether an expert inzet was
/// already started from it (what the school needs before it starts one).
/// </summary>
[Toegang(Rollen = [Rol.SchoolMedewerker], Functies = [Functie.RegionaalProcesbegeleider, Functie.Beleidsmedewerker, Functie.ManagerOndersteuning])]
[KanFalen(FoutSoort.NietGevonden)]
public sealed record GeefCasusQuery(Guid Id) : IQuery<Result<CasusDto>>;
