using Mediator;
using PassendOnderwijs.Application.Common.Zaken;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Documenten.Queries.GeefDocumenten;

/// <summary>
/// The documents of a pupil (metadata only, never the bytes), newest first, optionally of one case. For whoever may
/// see the pupil: school staff of its vestiging, SWV staff, and an expert while involved (need to know). Audited
/// against the pupil.
/// </summary>
[Toegang(Rollen = [Rol.SchoolMedewerker, Rol.SwvMedewerker, Rol.Expert])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Lezen, DocumentAudit.Soort, Doel = DocumentAudit.Doel)]
public sealed record GeefDocumentenQuery(Guid LeerlingId, Result<Zaakverwijzing?> Zaak) : IQuery<Result<DocumentenDto>>, IAuditBron
{
    public string? AuditResourceId => LeerlingId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}
