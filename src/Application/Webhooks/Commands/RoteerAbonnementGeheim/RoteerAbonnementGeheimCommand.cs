using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Webhooks.Abonnementen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Webhooks.Commands.RoteerAbonnementGeheim;

/// <summary>
/// Rotation without downtime: a new secret signs from now on, and the current one signs too (two v1 signatures)
/// until it is retired or its period (Webhooks:VorigGeheimGeldig) ends. The new secret is shown this once.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder], Scopes = [Scopes.WebhooksBeheren])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Verboden)]
[Audit(AuditActie.Wijzigen, "koppeling", Doel = "Beheer van koppelingen met toegang tot gegevens")]
public sealed record RoteerAbonnementGeheimCommand(string? ClientId, Guid Id) : ICommand<Result<NieuwAbonnementGeheimDto>>, IAuditBron
{
    public string? AuditResourceId => ClientId;
}
