namespace PassendOnderwijs.Infrastructure.Achtergrond;

/// <summary>
/// Wakes one background loop early when there is work (a PostgreSQL NOTIFY, see <see cref="Wekdienst"/>): the loop
/// waits for this or its interval, whichever comes first, so the interval is only the fallback. Signals while the loop
/// is busy are kept as one (the next wait returns at once), never queued up.
/// </summary>
public sealed class Wekker : IDisposable
{
    private readonly SemaphoreSlim _signaal = new(0, 1);

    public void Wek()
    {
        try
        {
            _signaal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken: one wake-up covers all the work that is waiting.
        }
    }

    /// <summary>True when woken, false when the interval passed.</summary>
    public Task<bool> WachtAsync(TimeSpan interval, CancellationToken ct) => _signaal.WaitAsync(interval, ct);

    public void Dispose() => _signaal.Dispose();
}

/// <summary>The loops a NOTIFY can wake: one channel each, raised by a trigger on the table they read.</summary>
public sealed class Wekkers : IDisposable
{
    /// <summary>Channel of the trigger on outbox_bericht (migration SnelleAflevering).</summary>
    public const string OutboxKanaal = "outbox_bericht";

    /// <summary>Channel of the trigger on webhook_aflevering.</summary>
    public const string WebhookKanaal = "webhook_aflevering";

    public Wekker Outbox { get; } = new();

    public Wekker Webhooks { get; } = new();

    public Wekker? Voor(string kanaal) => kanaal switch
    {
        OutboxKanaal => Outbox,
        WebhookKanaal => Webhooks,
        _ => null,
    };

    public void Dispose()
    {
        Outbox.Dispose();
        Webhooks.Dispose();
    }
}
