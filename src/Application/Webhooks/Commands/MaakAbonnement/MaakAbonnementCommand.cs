using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Webhooks.Abonnementen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Webhooks.Commands.MaakAbonnement;

/// <summary>
/// The SWV beheerder subscribes one of its koppelingen to event types, delivered to a URL that passes the SSRF rule.
/// The answer holds the secret, this once.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder], Scopes = [Scopes.WebhooksBeheren])]
[KanFalen(FoutSoort.Ongeldig, FoutSoort.NietGevonden, FoutSoort.Verboden)]
[Audit(AuditActie.Aanmaken, "koppeling", Doel = "Beheer van koppelingen met toegang tot gegevens")]
public sealed record MaakAbonnementCommand(string? ClientId, string? Url, IReadOnlyList<string>? Soorten)
    : ICommand<Result<NieuwAbonnementDto>>, IAuditBron
{
    public string? AuditResourceId => ClientId;
}

/// <summary>The request body.</summary>
/// <param name="Url">https; http only to loopback in a demo or test environment.</param>
/// <param name="Soorten">CloudEvents types from /notificatiesoorten.</param>
public sealed record AbonnementVerzoek(string? Url, IReadOnlyList<string>? Soorten, bool? Gepauzeerd);
