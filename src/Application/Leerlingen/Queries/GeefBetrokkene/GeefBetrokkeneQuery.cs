using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Leerlingen.Queries.GeefBetrokkene;

[Toegang(Rollen = [Rol.SwvMedewerker])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Lezen, BetrokkeneAudit.Soort, Doel = BetrokkeneAudit.Doel)]
public sealed record GeefBetrokkeneQuery(Guid LeerlingId, Guid BetrokkeneId) : IQuery<Result<BetrokkeneDto>>, IAuditBron
{
    public string? AuditResourceId => BetrokkeneId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}
