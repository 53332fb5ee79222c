using Mediator;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Platform.Commands.SchortSamenwerkingsverbandOp;

/// <summary>
/// The platform-beheerder suspends a tenant: every token of its accounts and koppelingen stops at once, and nobody of
/// it signs in, activates an account or gets a token until it is reactivated. Its data stays.
/// </summary>
[Toegang(Rollen = [Rol.PlatformBeheerder])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Wijzigen, TenantAudit.Soort, Doel = TenantAudit.Doel)]
public sealed record SchortSamenwerkingsverbandOpCommand(string Code, long? VerwachteVersie) : ICommand<Result<TenantDto>>, IVersieVoorwaarde;
