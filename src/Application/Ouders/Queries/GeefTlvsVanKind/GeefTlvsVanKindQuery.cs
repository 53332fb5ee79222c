using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefTlvsVanKind;

/// <summary>
/// The toelaatbaarheidsverklaringen of one of the ouder's own children, in plain words: a decision once made known,
/// only "in progress" before. Another child does not exist for the ouder (404).
/// </summary>
[Toegang(Rollen = [Rol.Ouder])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Lezen, OuderAudit.KindSoort, Doel = OuderAudit.Inzage)]
public sealed record GeefTlvsVanKindQuery(Guid LeerlingId) : IQuery<Result<KindTlvsDto>>, IAuditBron
{
    public string? AuditResourceId => LeerlingId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}

/// <summary>The child's toelaatbaarheidsverklaringen, newest request first.</summary>
public sealed record KindTlvsDto(IReadOnlyList<KindTlvDto> Toelaatbaarheidsverklaringen);
