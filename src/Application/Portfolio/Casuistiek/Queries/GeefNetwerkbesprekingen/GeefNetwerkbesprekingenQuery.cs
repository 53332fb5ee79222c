using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Casuistiek.Queries.GeefNetwerkbesprekingen;

/// <summary>
/// The besprekingen the caller may see, newest first: SWV staff with a portfolio functie all of their samenwerkingsverband, a school those of
/// the lokale netwerken its vestigingen are in; filtered by regio, lokaal netwerk and school year (e.g. 2026-2027).
/// </summary>
[Toegang(Rollen = [Rol.SchoolMedewerker], Functies = [Functie.RegionaalProcesbegeleider, Functie.Beleidsmedewerker, Functie.ManagerOndersteuning])]
[KanFalen(FoutSoort.Ongeldig)]
public sealed record GeefNetwerkbesprekingenQuery(string? Regio, string? LokaalNetwerk, string? Schooljaar) : IQuery<Result<NetwerkbesprekingenDto>>;
