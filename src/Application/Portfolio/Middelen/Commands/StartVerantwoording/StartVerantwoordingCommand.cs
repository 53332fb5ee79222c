using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Middelen.Commands.StartVerantwoording;

/// <summary>
/// The bestuur's side starts the verantwoording of a grant as a concept. There is no bestuur role: a school-medewerker
/// of a vestiging of that bestuur writes it on the bestuur's behalf.
/// </summary>
[Toegang(Rollen = [Rol.SchoolMedewerker])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Aanmaken, MiddelenAudit.Verantwoording, Doel = MiddelenAudit.DoelVerantwoording)]
public sealed record StartVerantwoordingCommand(Guid ToekenningId, Result<VerantwoordingInvoer> Invoer) : IInvoerCommand<VerantwoordingInvoer, VerantwoordingDto>;
