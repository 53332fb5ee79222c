using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Webhooks.Abonnementen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Webhooks.Commands.BezorgOpnieuw;

/// <summary>A beheerder asks for one aflevering again (after it failed, or to test): it waits as new, with the same webhook-id.</summary>
[Toegang(Rollen = [Rol.SwvBeheerder], Scopes = [Scopes.WebhooksBeheren])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Verboden)]
[Audit(AuditActie.Wijzigen, "koppeling", Doel = "Beheer van koppelingen met toegang tot gegevens")]
public sealed record BezorgOpnieuwCommand(string? ClientId, Guid AbonnementId, Guid AfleveringId) : ICommand<Result<AfleveringDto>>, IAuditBron
{
    public string? AuditResourceId => ClientId;
}
