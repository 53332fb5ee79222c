using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Leerlingen.Queries.GeefLeerling;

[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert], Scopes = [Scopes.LeerlingenLezen])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Lezen, LeerlingAudit.Soort, Doel = LeerlingAudit.Doel)]
public sealed record GeefLeerlingQuery(Guid LeerlingId) : IQuery<Result<LeerlingDto>>, IAuditBron
{
    public string? AuditResourceId => LeerlingId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}
