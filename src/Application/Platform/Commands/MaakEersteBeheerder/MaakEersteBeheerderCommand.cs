using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Gebruikers;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Platform.Commands.MaakEersteBeheerder;

/// <summary>
/// The platform-beheerder creates the first swv-beheerder of a samenwerkingsverband; that beheerder makes every other
/// account. The answer carries the one-time activation code. Refused (409) once the tenant has a beheerder who
/// activated their account: from then on the tenant manages its own accounts.
/// </summary>
[Toegang(Rollen = [Rol.PlatformBeheerder])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Aanmaken, "gebruiker", Doel = TenantAudit.Doel)]
public sealed record MaakEersteBeheerderCommand(string Code, Result<NieuweBeheerder> Invoer)
    : IInvoerCommand<NieuweBeheerder, NieuweGebruikerDto>, IAuditBron
{
    public string? AuditResourceId => null;

    // In the tenant's own log, so its beheerders see who made the first account.
    public string? AuditSamenwerkingsverband => Code;
}
