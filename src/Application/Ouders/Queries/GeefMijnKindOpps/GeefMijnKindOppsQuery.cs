using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefMijnKindOpps;

/// <summary>
/// The ontwikkelingsperspectiefplannen of one of the ouder's own children that the ouder may read: with a vastgestelde
/// version, or a concept the school shared. Any other child does not exist for them (404).
/// </summary>
[Toegang(Rollen = [Rol.Ouder])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Lezen, OppAudit.Soort, Doel = OuderAudit.Inzage)]
public sealed record GeefMijnKindOppsQuery(Guid LeerlingId) : IQuery<Result<OuderOppsDto>>;
