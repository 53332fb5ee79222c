using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Documenten.Commands.StopDelenMetOuders;

/// <summary>The pupil's school stops sharing a document with the ouders; 409 when it was not shared.</summary>
[Toegang(Rollen = [Rol.SchoolMedewerker])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Wijzigen, DocumentAudit.Soort, Doel = DocumentAudit.Doel)]
public sealed record StopDelenMetOudersCommand(Guid DocumentId) : ICommand<Result<DocumentDto>>, IAuditBron
{
    public string? AuditResourceId => DocumentId.ToString();
}
