namespace PassendOnderwijs.Infrastructure.Opschoning;

/// <summary>
/// Settings of the clean-up of rows that only served their moment (section <c>Opschoning</c>, e.g.
/// <c>Opschoning__MeldingenNa=180.00:00:00</c>). What is still pending is never removed, and the audit log is never
/// cleaned (append-only).
/// </summary>
public sealed class OpschoningOpties
{
    public const string Sectie = "Opschoning";

    /// <summary>Run the clean-up loop in this process (every instance may: batches are claimed with SKIP LOCKED).</summary>
    public bool Aan { get; set; } = true;

    /// <summary>How often the loop looks; while a round removed something it goes on at once.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Rows removed per statement (and per kind per round): short locks, short transactions.</summary>
    public int BatchGrootte { get; set; } = 1000;

    /// <summary>Handled outbox events (and their consumers' records) after this long; failed ones stay.</summary>
    public TimeSpan OutboxNa { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Webhook afleveringen that were delivered or failed for good (with their attempts, the delivery log).</summary>
    public TimeSpan AfleveringenNa { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Notificaties of the pull feed: the feed's window. One that an aflevering still refers to stays.</summary>
    public TimeSpan NotificatiesNa { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Meldingen (the notification centre) that were read, counted from when they were made; unread ones stay.</summary>
    public TimeSpan MeldingenNa { get; set; } = TimeSpan.FromDays(90);
}
