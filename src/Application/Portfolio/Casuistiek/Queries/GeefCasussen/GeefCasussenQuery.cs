using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Casuistiek.Queries.GeefCasussen;

/// <summary>
/// The cases the caller may see, newest first: SWV staff with a portfolio functie all of their samenwerkingsverband, a school those of its own
/// vestigingen; filtered by regio, lokaal netwerk, school year, outcome, status and bespreking.
/// </summary>
[Toegang(Rollen = [Rol.SchoolMedewerker], Functies = [Functie.RegionaalProcesbegeleider, Functie.Beleidsmedewerker, Functie.ManagerOndersteuning])]
[KanFalen(FoutSoort.Ongeldig)]
public sealed record GeefCasussenQuery(
    string? Regio, string? LokaalNetwerk, string? Schooljaar, string? Uitkomst, string? Status, Guid? Bespreking) : IQuery<Result<CasussenDto>>;
