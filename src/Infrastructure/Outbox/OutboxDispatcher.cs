using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PassendOnderwijs.Infrastructure.Outbox;

/// <summary>
/// The background loop: delivers batches while there is work, then waits the poll interval. Only runs with
/// <c>Outbox:Aan</c> (default on); test hosts switch it off and drive <see cref="OutboxVerwerker"/> themselves.
/// </summary>
internal sealed partial class OutboxDispatcher(OutboxVerwerker verwerker, IOptions<OutboxOpties> opties, ILogger<OutboxDispatcher> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var wekker = new PeriodicTimer(opties.Value.PollInterval);
        do
        {
            try
            {
                while (await verwerker.VerwerkBatchAsync(stoppingToken).ConfigureAwait(false) > 0)
                {
                    // More may be waiting: a batch only holds the first undelivered event of each aggregate.
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatch failed; trying again after the poll interval")]
    private static partial void LogMislukt(ILogger log, Exception fout);
}
