using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Gebruikers;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Platform.Commands.VernieuwBeheerderActivatiecode;

/// <summary>
/// The platform-beheerder gives a beheerder of a samenwerkingsverband, whose account still waits for activation, a
/// new code: the first was lost or expired before anyone of the tenant could make accounts. The earlier code stops
/// working. Only for the tenant's beheerders: its other accounts are its own beheerder's to manage.
/// </summary>
[Toegang(Rollen = [Rol.PlatformBeheerder])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Wijzigen, "gebruiker", Doel = TenantAudit.Doel)]
public sealed record VernieuwBeheerderActivatiecodeCommand(string Code, Guid Id) : ICommand<Result<NieuweGebruikerDto>>, IAuditBron
{
    public string? AuditResourceId => Id.ToString();

    // In the tenant's own log, like the first beheerder's account itself.
    public string? AuditSamenwerkingsverband => Code;
}
