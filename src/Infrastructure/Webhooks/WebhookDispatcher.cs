using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Infrastructure.Achtergrond;

namespace PassendOnderwijs.Infrastructure.Webhooks;

/// <summary>
/// The background delivery loop: rounds while there is work, then waits the poll interval. Only runs with
/// <c>Webhooks:Aan</c> (default on); test hosts switch it off and drive <see cref="WebhookBezorger"/> themselves.
/// </summary>
internal sealed class WebhookDispatcher(WebhookBezorger bezorger, IOptions<WebhookOpties> opties, ILogger<WebhookDispatcher> log)
    : Herhaallus(opties.Value.PollInterval, log)
{
    protected override string Naam => "Webhook delivery";

    /// <summary>More may be due: a round holds the first waiting aflevering of each abonnement and resource only.</summary>
    protected override async Task<bool> RondeAsync(CancellationToken stoppingToken) =>
        await bezorger.BezorgBatchAsync(stoppingToken).ConfigureAwait(false) > 0;
}
