using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.StartOpp;

/// <summary>The school starts the OPP of a pupil of its vestiging: an empty concept, version 1.</summary>
[Toegang(Rollen = [Rol.SchoolMedewerker])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Aanmaken, OppAudit.Soort, Doel = OppAudit.Doel)]
public sealed record StartOppCommand(Result<StartOppInvoer> Invoer) : IInvoerCommand<StartOppInvoer, OppDto>;
