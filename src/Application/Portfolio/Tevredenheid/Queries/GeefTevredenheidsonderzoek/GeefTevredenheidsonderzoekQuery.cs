using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Tevredenheid.Queries.GeefTevredenheidsonderzoek;

/// <summary>One onderzoek: for the school to answer (with the version for If-Match), for the manager ondersteuning with the answers.</summary>
[Toegang(Rollen = [Rol.SchoolMedewerker], Functies = [Functie.ManagerOndersteuning])]
[KanFalen(FoutSoort.NietGevonden)]
public sealed record GeefTevredenheidsonderzoekQuery(Guid Id) : IQuery<Result<TevredenheidsonderzoekDto>>;
