using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Koppelingen.Commands.VernieuwKoppelingGeheim;

/// <summary>Replaces a koppeling's secret (e.g. after a leak): the old one and every token issued stop working at once.</summary>
[Toegang(Rollen = [Rol.SwvBeheerder])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Wijzigen, "koppeling", Doel = "Beheer van koppelingen met toegang tot gegevens")]
public sealed record VernieuwKoppelingGeheimCommand(string ClientId) : ICommand<Result<NieuwGeheimDto>>, IAuditBron
{
    public string? AuditResourceId => ClientId;
}
