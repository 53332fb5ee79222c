using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefOuders;

/// <summary>
/// The ouders linked to a pupil now, first linked first: for the school, which invites them, and for SWV staff, who
/// involve the ouders in a TLV or arrangement. Names and addresses of a pupil's parents: audited.
/// </summary>
[Toegang(Rollen = [Rol.SchoolMedewerker, Rol.SwvMedewerker])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Lezen, OuderAudit.Soort, Doel = OuderAudit.Doel)]
public sealed record GeefOudersQuery(Guid LeerlingId) : IQuery<Result<OudersDto>>, IAuditBron
{
    public string? AuditResourceId => LeerlingId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}
