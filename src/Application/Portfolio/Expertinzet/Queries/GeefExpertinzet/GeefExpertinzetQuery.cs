using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Queries.GeefExpertinzet;

/// <summary>One inzet with its phases, plan, hours against the budget and history: the school of the pupil, the linked expert, SWV staff.</summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Lezen, ExpertinzetAudit.Soort, Doel = ExpertinzetAudit.Doel)]
public sealed record GeefExpertinzetQuery(Guid ExpertinzetId) : IQuery<Result<ExpertinzetDto>>;
