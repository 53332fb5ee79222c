using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Casuistiek.Commands.BrengCasusIn;

/// <summary>
/// A school brings an anonymous case into the lokaal netwerk of one of its own vestigingen. Texts that identify are
/// refused (400); texts that may identify are refused with the warnings (422) until the school confirms.
/// </summary>
[Toegang(Rollen = [Rol.SchoolMedewerker])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Verboden, FoutSoort.RegelGeschonden)]
[Audit(AuditActie.Aanmaken, CasuistiekAudit.Casus, Doel = CasuistiekAudit.Doel)]
public sealed record BrengCasusInCommand(Result<Casusgegevens> Invoer) : IInvoerCommand<Casusgegevens, CasusDto>;
