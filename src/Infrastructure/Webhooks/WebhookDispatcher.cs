using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PassendOnderwijs.Infrastructure.Webhooks;

/// <summary>
/// The background delivery loop: rounds while there is work, then waits the poll interval. Only runs with
/// <c>Webhooks:Aan</c> (default on); test hosts switch it off and drive <see cref="WebhookBezorger"/> themselves.
/// </summary>
internal sealed partial class WebhookDispatcher(WebhookBezorger bezorger, IOptions<WebhookOpties> opties, ILogger<WebhookDispatcher> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var wekker = new PeriodicTimer(opties.Value.PollInterval);
        do
        {
            try
            {
                while (await bezorger.BezorgBatchAsync(stoppingToken).ConfigureAwait(false) > 0)
                {
                    // More may be due: a round holds the first waiting aflevering of each abonnement and resource only.
                }
            }
#pragma warning disable CA1031 // The database may be away for a moment; the loop must outlive that and try again.
            catch (Exception fout) when (fout is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogMislukt(log, fout);
            }
        }
        while (await wekker.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook delivery failed; trying again after the poll interval")]
    private static partial void LogMislukt(ILogger log, Exception fout);
}
