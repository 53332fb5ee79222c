using Mediator;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Webhooks.Abonnementen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Webhooks.Commands.WijzigAbonnement;

/// <summary>Replaces the URL and types and pauses or resumes (a paused abonnement keeps its afleveringen waiting), based on the version seen.</summary>
[Toegang(Rollen = [Rol.SwvBeheerder], Scopes = [Scopes.WebhooksBeheren])]
[KanFalen(FoutSoort.Ongeldig, FoutSoort.NietGevonden, FoutSoort.Verboden)]
[Audit(AuditActie.Wijzigen, "koppeling", Doel = "Beheer van koppelingen met toegang tot gegevens")]
public sealed record WijzigAbonnementCommand(string? ClientId, Guid Id, long? VerwachteVersie, string? Url, IReadOnlyList<string>? Soorten, bool Gepauzeerd)
    : ICommand<Result<AbonnementDto>>, IVersieVoorwaarde, IAuditBron
{
    public string? AuditResourceId => ClientId;
}
