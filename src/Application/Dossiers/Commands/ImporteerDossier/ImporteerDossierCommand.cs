using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Dossiers.Commands.ImporteerDossier;

/// <summary>
/// Receives an OSO dossier (the XML a school's LAS exports for the samenwerkingsverband) from a koppeling with
/// <c>dossiers.aanleveren</c> or from school or SWV staff, for a pupil of their own vestigingen. The same file twice
/// is the same import. <paramref name="LeerlingId"/> names the pupil when the school resolves a doubtful match.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker], Scopes = [Scopes.DossiersAanleveren])]
[KanFalen(FoutSoort.Ongeldig, FoutSoort.NietGevonden, FoutSoort.RegelGeschonden, FoutSoort.Conflict)]
[Audit(AuditActie.Aanmaken, DossierAudit.Soort, Doel = DossierAudit.Doel)]
public sealed record ImporteerDossierCommand(ReadOnlyMemory<byte> Xml, Guid? LeerlingId) : ICommand<Result<DossierimportDto>>;
