using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Middelen.Commands.WerkVerantwoordingBij;

/// <summary>The bestuur's side (a school-medewerker of its vestigingen) replaces the lines of a concept verantwoording.</summary>
[Toegang(Rollen = [Rol.SchoolMedewerker])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Wijzigen, MiddelenAudit.Verantwoording, Doel = MiddelenAudit.DoelVerantwoording)]
public sealed record WerkVerantwoordingBijCommand(Guid Id, long? VerwachteVersie, Result<VerantwoordingInvoer> Invoer)
    : IInvoerCommand<VerantwoordingInvoer, VerantwoordingDto>, IVersieVoorwaarde;
