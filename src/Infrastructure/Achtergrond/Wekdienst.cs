using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace PassendOnderwijs.Infrastructure.Achtergrond;

/// <summary>
/// One LISTEN connection per instance: a trigger NOTIFYs when an outbox event or a webhook aflevering is written, in
/// the writing transaction, so PostgreSQL delivers it only on commit (a rolled-back change wakes nobody). Each
/// notification wakes its loop (<see cref="Wekkers"/>). When the connection drops, the loops go on polling at their
/// interval and this reconnects after a pause; on reconnecting it wakes both loops once, for what came in meanwhile.
/// </summary>
internal sealed partial class Wekdienst(string verbinding, Wekkers wekkers, ILogger<Wekdienst> log) : BackgroundService
{
    private static readonly TimeSpan Pauze = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await LuisterAsync(stoppingToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // The database may be away for a moment: the loops poll meanwhile, and this tries again.
            catch (Exception fout) when (fout is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                LogVerbroken(log, fout, Pauze);
                await Task.Delay(Pauze, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task LuisterAsync(CancellationToken ct)
    {
        // Keepalive: a connection that died silently (a failover, a dropped NAT entry) is noticed and replaced.
        var builder = new NpgsqlConnectionStringBuilder(verbinding) { KeepAlive = 30, Pooling = false };
        await using var verbinding2 = new NpgsqlConnection(builder.ConnectionString);
        await verbinding2.OpenAsync(ct).ConfigureAwait(false);
        verbinding2.Notification += (_, e) => wekkers.Voor(e.Channel)?.Wek();
        await using (var luister = new NpgsqlCommand($"LISTEN {Wekkers.OutboxKanaal}; LISTEN {Wekkers.WebhookKanaal};", verbinding2))
        {
            await luister.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        wekkers.Outbox.Wek();
        wekkers.Webhooks.Wek();
        while (true)
        {
            await verbinding2.WaitAsync(ct).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The LISTEN connection for waking the background loops broke; they poll at their interval, reconnecting in {Pauze}")]
    private static partial void LogVerbroken(ILogger log, Exception fout, TimeSpan pauze);
}
