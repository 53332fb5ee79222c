using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Webhooks.Abonnementen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Webhooks.Commands.TrekVorigAbonnementGeheimIn;

/// <summary>Ends a rotation: the receiver verifies with the new secret, so the previous one stops signing now.</summary>
[Toegang(Rollen = [Rol.SwvBeheerder], Scopes = [Scopes.WebhooksBeheren])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Verboden)]
[Audit(AuditActie.Wijzigen, "koppeling", Doel = "Beheer van koppelingen met toegang tot gegevens")]
public sealed record TrekVorigAbonnementGeheimInCommand(string? ClientId, Guid Id) : ICommand<Result<AbonnementDto>>, IAuditBron
{
    public string? AuditResourceId => ClientId;
}
