using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefTermijnenVanKind;

/// <summary>
/// The terms that run now for one of the ouder's own children and concern the ouder (the bezwaar term of a TLV
/// decision, the OPP's vaststelling and evaluation), soonest first; another child does not exist for them (404).
/// </summary>
[Toegang(Rollen = [Rol.Ouder])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Lezen, OuderAudit.KindSoort, Doel = OuderAudit.Inzage)]
public sealed record GeefTermijnenVanKindQuery(Guid LeerlingId) : IQuery<Result<KindTermijnenDto>>, IAuditBron
{
    public string? AuditResourceId => LeerlingId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}

public sealed record KindTermijnenDto(IReadOnlyList<KindTermijnDto> Termijnen);
