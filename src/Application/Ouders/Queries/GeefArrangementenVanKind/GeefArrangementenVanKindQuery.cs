using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefArrangementenVanKind;

/// <summary>The arrangementen of one of the ouder's own children, in plain words; another child does not exist for them (404).</summary>
[Toegang(Rollen = [Rol.Ouder])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Lezen, OuderAudit.KindSoort, Doel = OuderAudit.Inzage)]
public sealed record GeefArrangementenVanKindQuery(Guid LeerlingId) : IQuery<Result<KindArrangementenDto>>, IAuditBron
{
    public string? AuditResourceId => LeerlingId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}

/// <summary>The child's arrangementen, the latest first.</summary>
public sealed record KindArrangementenDto(IReadOnlyList<KindArrangementDto> Arrangementen);
