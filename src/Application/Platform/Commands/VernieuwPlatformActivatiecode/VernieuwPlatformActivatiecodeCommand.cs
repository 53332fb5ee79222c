using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Gebruikers;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Platform.Commands.VernieuwPlatformActivatiecode;

/// <summary>A new activation code for a platform account that still waits for activation; the earlier one stops working.</summary>
[Toegang(Rollen = [Rol.PlatformBeheerder])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Wijzigen, "gebruiker", Doel = PlatformgebruikerOpslag.Doel)]
public sealed record VernieuwPlatformActivatiecodeCommand(Guid Id) : ICommand<Result<NieuweGebruikerDto>>, IAuditBron
{
    public string? AuditResourceId => Id.ToString();
}
