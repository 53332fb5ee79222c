using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Documenten.Commands.DeelDocumentMetOuders;

/// <summary>The pupil's school lets the ouders see one document of the dossier in the portal; 409 when it already does.</summary>
[Toegang(Rollen = [Rol.SchoolMedewerker])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Wijzigen, DocumentAudit.Soort, Doel = DocumentAudit.Doel)]
public sealed record DeelDocumentMetOudersCommand(Guid DocumentId) : ICommand<Result<DocumentDto>>, IAuditBron
{
    public string? AuditResourceId => DocumentId.ToString();
}
