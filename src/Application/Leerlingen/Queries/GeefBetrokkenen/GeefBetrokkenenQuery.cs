using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Leerlingen.Queries.GeefBetrokkenen;

/// <summary>Every expert ever added to the pupil (current, expired and ended), newest first. The reasons may say something about the pupil: audited.</summary>
[Toegang(Rollen = [Rol.SwvMedewerker])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Lezen, BetrokkeneAudit.Soort, Doel = BetrokkeneAudit.Doel)]
public sealed record GeefBetrokkenenQuery(Guid LeerlingId) : IQuery<Result<BetrokkenenDto>>, IAuditBron
{
    public string? AuditResourceId => LeerlingId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}
