using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers.Commands.VernieuwActivatiecode;

/// <summary>
/// The SWV's beheerder gives a colleague whose account waits for activation a new code, because the first was lost
/// or expired; the earlier code stops working. 409 for an account that is already activated or deactivated.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Wijzigen, "gebruiker", Doel = "Beheer van accounts met toegang tot gegevens")]
public sealed record VernieuwActivatiecodeCommand(Guid Id) : ICommand<Result<NieuweGebruikerDto>>, IAuditBron
{
    public string? AuditResourceId => Id.ToString();
}
