using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Expertises.Commands.PubliceerExpertiseWaardelijst;

/// <summary>
/// The platform-beheerder publishes a new version of RIO's expertise waardelijst, valid from its first leerjaar, for
/// every samenwerkingsverband at once. Publishing the same content for the same leerjaar again changes nothing;
/// other content for a published leerjaar, or a leerjaar before the latest version, is a conflict.
/// </summary>
[Toegang(Rollen = [Rol.PlatformBeheerder])]
[KanFalen(FoutSoort.Conflict, FoutSoort.RegelGeschonden)]
[Audit(AuditActie.Aanmaken, WaardelijstAudit.Soort, Doel = WaardelijstAudit.Doel)]
public sealed record PubliceerExpertiseWaardelijstCommand(Result<Waardelijstinvoer> Invoer)
    : IInvoerCommand<Waardelijstinvoer, WaardelijstGepubliceerdDto>;
