using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Webhooks.Abonnementen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Webhooks.Commands.VerwijderAbonnement;

/// <summary>Ends an abonnement: its waiting afleveringen and its log go with it; the pull feed is not affected.</summary>
[Toegang(Rollen = [Rol.SwvBeheerder], Scopes = [Scopes.WebhooksBeheren])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Verboden)]
[Audit(AuditActie.Verwijderen, "koppeling", Doel = "Beheer van koppelingen met toegang tot gegevens")]
public sealed record VerwijderAbonnementCommand(string? ClientId, Guid Id) : ICommand<Result<bool>>, IAuditBron
{
    public string? AuditResourceId => ClientId;
}
