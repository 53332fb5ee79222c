using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Tevredenheid.Queries.GeefTevredenheidsonderzoeken;

/// <summary>
/// The onderzoeken the caller may see, newest first: a school those of its own vestigingen (to answer the open ones),
/// the manager ondersteuning all of the samenwerkingsverband with their answers. Filter: open or beantwoord.
/// </summary>
[Toegang(Rollen = [Rol.SchoolMedewerker], Functies = [Functie.ManagerOndersteuning])]
[KanFalen(FoutSoort.Ongeldig)]
public sealed record GeefTevredenheidsonderzoekenQuery(string? Status) : IQuery<Result<TevredenheidsonderzoekenDto>>;
