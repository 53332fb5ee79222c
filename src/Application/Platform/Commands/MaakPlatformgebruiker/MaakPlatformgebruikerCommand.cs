using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Gebruikers;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Platform.Commands.MaakPlatformgebruiker;

/// <summary>
/// The platform-beheerder makes an account of the platform: another platform-beheerder (so the installation never
/// depends on one person) or a register-beheerder for the national register. Neither belongs to a samenwerkingsverband.
/// The answer carries the one-time activation code.
/// </summary>
[Toegang(Rollen = [Rol.PlatformBeheerder])]
[KanFalen(FoutSoort.Conflict)]
[Audit(AuditActie.Aanmaken, "gebruiker", Doel = PlatformgebruikerOpslag.Doel)]
public sealed record MaakPlatformgebruikerCommand(Result<NieuwePlatformgebruiker> Invoer)
    : IInvoerCommand<NieuwePlatformgebruiker, NieuweGebruikerDto>;
