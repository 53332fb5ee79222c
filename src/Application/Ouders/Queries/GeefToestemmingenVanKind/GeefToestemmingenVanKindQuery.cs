using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefToestemmingenVanKind;

/// <summary>
/// Who may look at the child's data from outside the school and the samenwerkingsverband: every consent given for
/// the child (by either ouder, and on paper), newest first, and whom the ouder can give one to now.
/// </summary>
[Toegang(Rollen = [Rol.Ouder])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Lezen, ToestemmingAudit.Soort, Doel = OuderAudit.Inzage)]
public sealed record GeefToestemmingenVanKindQuery(Guid LeerlingId) : IQuery<Result<ToestemmingenDto>>, IAuditBron
{
    public string? AuditResourceId => LeerlingId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}
