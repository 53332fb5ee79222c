using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Documenten.Commands.OntvangDocument;

/// <summary>
/// School staff (for pupils of their own vestigingen) and SWV staff add a file to a pupil's dossier, optionally to one
/// case of that pupil. The pupil's query filter decides who sees which pupil, so a pupil outside the caller's view is
/// a 404, as everywhere. Audited against the pupil.
/// </summary>
[Toegang(Rollen = [Rol.SchoolMedewerker, Rol.SwvMedewerker])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.RegelGeschonden)]
[Audit(AuditActie.Aanmaken, DocumentAudit.Soort, Doel = DocumentAudit.Doel)]
public sealed record OntvangDocumentCommand(Guid LeerlingId, Result<Documentupload> Invoer) : IInvoerCommand<Documentupload, DocumentDto>, IAuditBron
{
    public string? AuditResourceId => null;

    public Guid? AuditLeerlingId => LeerlingId;
}
