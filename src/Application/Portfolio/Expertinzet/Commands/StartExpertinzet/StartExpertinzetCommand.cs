using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.StartExpertinzet;

/// <summary>
/// Only the school starts an inzet for a named pupil of its own vestiging (routekaart step 4), from the casus of its
/// lokaal netwerk whose outcome was inzet expert, with the case information; it may link the pupil's OPP and an
/// arrangement of kind inzet-expert. A casus starts one inzet only (409 when it already did).
/// </summary>
[Toegang(Rollen = [Rol.SchoolMedewerker])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict, FoutSoort.RegelGeschonden)]
[Audit(AuditActie.Aanmaken, ExpertinzetAudit.Soort, Doel = ExpertinzetAudit.Doel)]
public sealed record StartExpertinzetCommand(Result<Inzetaanvraag> Invoer) : IInvoerCommand<Inzetaanvraag, ExpertinzetDto>;
