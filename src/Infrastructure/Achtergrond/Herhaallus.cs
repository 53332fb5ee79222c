using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PassendOnderwijs.Infrastructure.Achtergrond;

/// <summary>
/// The one shape of every background loop of the product (the outbox, the deadline watch, webhooks, mail): rounds of
/// work while more may be waiting, then a wait of the interval. A failure (the database or a server away for a moment)
/// is logged and the loop tries again after the interval; each loop only runs where its setting switches it on, and
/// tests drive the work itself instead. A loop with a <see cref="Wekker"/> is woken early when work arrives (a
/// PostgreSQL NOTIFY); the interval is then only the fallback, for when the listening connection is away.
/// </summary>
internal abstract partial class Herhaallus(TimeSpan interval, ILogger log, Wekker? wekker = null) : BackgroundService
{
    /// <summary>What the log calls the loop, e.g. "Outbox dispatch".</summary>
    protected abstract string Naam { get; }

    /// <summary>One round of work; true when more may be waiting right away.</summary>
    protected abstract Task<bool> RondeAsync(CancellationToken stoppingToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (wekker is null)
        {
            using var klok = new PeriodicTimer(interval);
            do
            {
                await RondesAsync(stoppingToken).ConfigureAwait(false);
            }
            while (await klok.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await RondesAsync(stoppingToken).ConfigureAwait(false);
            await wekker.WachtAsync(interval, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task RondesAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await RondeAsync(stoppingToken).ConfigureAwait(false))
            {
                // More may be waiting.
            }
        }
#pragma warning disable CA1031 // The database may be away for a moment; the loop must outlive that and try again.
        catch (Exception fout) when (fout is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogMislukt(log, fout, Naam);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Lus} failed; trying again after the interval")]
    private static partial void LogMislukt(ILogger log, Exception fout, string lus);
}
