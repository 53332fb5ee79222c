using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Infrastructure.Achtergrond;

namespace PassendOnderwijs.Infrastructure.Webhooks;

/// <summary>
/// The background delivery loop: rounds while there is work, then waits until a new aflevering is committed (NOTIFY,
/// see <see cref="Wekdienst"/>) or the poll interval passed. Only runs with
/// <c>Webhooks:Aan</c> (default on); test hosts switch it off and drive <see cref="WebhookBezorger"/> themselves.
/// </summary>
internal sealed class WebhookDispatcher(WebhookBezorger bezorger, IOptions<WebhookOpties> opties, Wekkers wekkers, ILogger<WebhookDispatcher> log)
    : Herhaallus(opties.Value.PollInterval, log, wekkers.Webhooks)
{
    protected override string Naam => "Webhook delivery";

    /// <summary>More may be due: a round holds the first waiting aflevering of each abonnement and resource only.</summary>
    protected override async Task<bool> RondeAsync(CancellationToken stoppingToken) =>
        await bezorger.BezorgBatchAsync(stoppingToken).ConfigureAwait(false) > 0;
}
