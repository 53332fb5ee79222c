using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Platform.Commands.RegistreerSamenwerkingsverband;

/// <summary>The platform-beheerder registers a new samenwerkingsverband (a tenant), active and without accounts yet.</summary>
[Toegang(Rollen = [Rol.PlatformBeheerder])]
[KanFalen(FoutSoort.Conflict)]
[Audit(AuditActie.Aanmaken, TenantAudit.Soort, Doel = TenantAudit.Doel)]
public sealed record RegistreerSamenwerkingsverbandCommand(Result<NieuwSamenwerkingsverband> Invoer)
    : IInvoerCommand<NieuwSamenwerkingsverband, TenantDto>;
