using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Casuistiek.Queries.GeefNetwerkbespreking;

/// <summary>One bespreking with its history and the cases on it that the caller may see (a school: its own).</summary>
[Toegang(Rollen = [Rol.SchoolMedewerker], Functies = [Functie.RegionaalProcesbegeleider, Functie.Beleidsmedewerker, Functie.ManagerOndersteuning])]
[KanFalen(FoutSoort.NietGevonden)]
public sealed record GeefNetwerkbesprekingQuery(Guid Id) : IQuery<Result<NetwerkbesprekingDto>>;
