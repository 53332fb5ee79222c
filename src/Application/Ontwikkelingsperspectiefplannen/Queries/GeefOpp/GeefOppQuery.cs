using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOpp;

/// <summary>
/// One OPP with its versions, procedure, evaluations and history: for the school's staff, and for SWV staff and
/// involved experts when the pupil has an arrangement or a TLV (404 for anyone else).
/// </summary>
[Toegang(Rollen = [Rol.SchoolMedewerker, Rol.SwvMedewerker, Rol.Expert])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Lezen, OppAudit.Soort, Doel = OppAudit.Doel)]
public sealed record GeefOppQuery(Guid OppId) : IQuery<Result<OppDto>>;
