using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Middelen.Queries.GeefVerantwoording;

/// <summary>
/// A verantwoording with its lines, totals and history: for SWV staff, and for school staff of the bestuur. Its pupil
/// lines are pupil data: every read is in the audit log, once per pupil.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Lezen, MiddelenAudit.Verantwoording, Doel = MiddelenAudit.DoelVerantwoording)]
public sealed record GeefVerantwoordingQuery(Guid Id) : IQuery<Result<VerantwoordingDto>>;
