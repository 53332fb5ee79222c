using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefMijnKindOpp;

/// <summary>
/// One plan of one of the ouder's own children, in plain words: the version that holds and a concept the school
/// shared, each with its handelingsdeel. A concept the school did not share does not exist for the ouder.
/// </summary>
[Toegang(Rollen = [Rol.Ouder])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Lezen, OppAudit.Soort, Doel = OuderAudit.Inzage)]
public sealed record GeefMijnKindOppQuery(Guid LeerlingId, Guid OppId) : IQuery<Result<OuderOppDto>>, IAuditBron
{
    public string? AuditResourceId => OppId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}
