using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Audit.Queries.GeefPlatformAuditActoren;

/// <summary>
/// Whom the platform-beheerder can filter the platform's audit log on: the platform's accounts and anyone else that
/// log names (an account activated by itself, the system publishing the expertise list). Names only, no data.
/// </summary>
[Toegang(Rollen = [Rol.PlatformBeheerder])]
public sealed record GeefPlatformAuditActorenQuery : IQuery<Result<AuditActorLijstDto>>;
