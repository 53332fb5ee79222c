using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefTlv;

/// <summary>
/// One TLV with its advices, decision, bezwaren and history: for SWV staff, the requesting and the receiving school,
/// their LAS, and a deskundige asked to advise on it (404 for anyone else).
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Deskundige], Scopes = [Scopes.TlvLezen])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Lezen, TlvAudit.Soort, Doel = TlvAudit.Doel)]
public sealed record GeefTlvQuery(Guid TlvId) : IQuery<Result<TlvDto>>;
