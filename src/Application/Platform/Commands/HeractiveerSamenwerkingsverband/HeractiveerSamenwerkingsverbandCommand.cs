using Mediator;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Platform.Commands.HeractiveerSamenwerkingsverband;

/// <summary>A suspended tenant is active again: its people sign in again. Tokens revoked by the suspension stay revoked.</summary>
[Toegang(Rollen = [Rol.PlatformBeheerder])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Wijzigen, TenantAudit.Soort, Doel = TenantAudit.Doel)]
public sealed record HeractiveerSamenwerkingsverbandCommand(string Code, long? VerwachteVersie) : ICommand<Result<TenantDto>>, IVersieVoorwaarde;
