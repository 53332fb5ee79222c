using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Audit.Queries.GeefAuditActoren;

/// <summary>
/// Whom the beheerder can filter the samenwerkingsverband's audit log on: its accounts and koppelingen, revoked
/// koppelingen and anyone else the log names (a platform-beheerder who acted here, the system). Names only, no data.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder])]
public sealed record GeefAuditActorenQuery : IQuery<Result<AuditActorLijstDto>>;
