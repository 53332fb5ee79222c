using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Koppelingen.Commands.TrekKoppelingIn;

/// <summary>Revokes a koppeling: it can get no new tokens, and the tokens it has stop working at once.</summary>
[Toegang(Rollen = [Rol.SwvBeheerder])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Verwijderen, "koppeling", Doel = "Beheer van koppelingen met toegang tot gegevens")]
public sealed record TrekKoppelingInCommand(string ClientId) : ICommand<Result<bool>>, IAuditBron
{
    public string? AuditResourceId => ClientId;
}
