namespace PassendOnderwijs.Infrastructure.Outbox;

/// <summary>Settings of the outbox dispatcher (section <c>Outbox</c>, e.g. <c>Outbox__Aan=false</c>).</summary>
public sealed class OutboxOpties
{
    public const string Sectie = "Outbox";

    /// <summary>Run the background dispatcher in this process. Events are written to the outbox either way.</summary>
    public bool Aan { get; set; } = true;

    /// <summary>How long the dispatcher waits after it found nothing (more) to deliver.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Events claimed per transaction.</summary>
    public int BatchGrootte { get; set; } = 50;

    /// <summary>After this many failed attempts an event is marked as failed and no longer tried.</summary>
    public int MaximumPogingen { get; set; } = 10;

    /// <summary>Wait after the first failure; doubles with every further failure up to <see cref="MaximaleWachttijd"/>.</summary>
    public TimeSpan EersteWachttijd { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaximaleWachttijd { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Exponential backoff: the wait before the next attempt after <paramref name="pogingen"/> failures.</summary>
    public TimeSpan Wachttijd(int pogingen)
    {
        var factor = Math.Pow(2, Math.Min(Math.Max(pogingen - 1, 0), 30));
        var wacht = TimeSpan.FromTicks((long)Math.Min(EersteWachttijd.Ticks * factor, MaximaleWachttijd.Ticks));
        return wacht;
    }
}
