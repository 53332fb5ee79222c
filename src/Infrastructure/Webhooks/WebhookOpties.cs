namespace PassendOnderwijs.Infrastructure.Webhooks;

/// <summary>Settings of webhook delivery (section <c>Webhooks</c>, e.g. <c>Webhooks__Aan=false</c>); README, Webhooks.</summary>
public sealed class WebhookOpties
{
    public const string Sectie = "Webhooks";

    /// <summary>Run the background delivery loop in this process. Afleveringen are written either way.</summary>
    public bool Aan { get; set; } = true;

    /// <summary>How long the loop waits after it found nothing (more) to deliver.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Afleveringen claimed (and sent at once) per round.</summary>
    public int BatchGrootte { get; set; } = 20;

    /// <summary>One attempt's limit (Polly's timeout).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a claimed aflevering is the claimer's; after a crash another instance takes it over then.</summary>
    public TimeSpan Claimduur { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Retries go on this long after the first attempt (or a redelivery by hand); then the aflevering has failed.</summary>
    public TimeSpan Looptijd { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Wait after the first failure; doubles after every further one, up to <see cref="MaximaleWachttijd"/>, with ±20% jitter.</summary>
    public TimeSpan EersteWachttijd { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaximaleWachttijd { get; set; } = TimeSpan.FromHours(1);

    /// <summary>During a rotation the previous secret still signs this long, unless retired earlier.</summary>
    public TimeSpan VorigGeheimGeldig { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Demo and test only: allow http://localhost / 127.0.0.1 / ::1 as target. Never in production.</summary>
    public bool LoopbackToegestaan { get; set; }

    /// <summary>The wait before the next attempt after <paramref name="pogingen"/> failures, with jitter (<paramref name="toeval"/> in [0, 1)).</summary>
    public TimeSpan Wachttijd(int pogingen, double toeval)
    {
        var factor = Math.Pow(2, Math.Min(Math.Max(pogingen - 1, 0), 30));
        var basis = Math.Min(EersteWachttijd.Ticks * factor, MaximaleWachttijd.Ticks);
        // Jitter spreads the retries of many afleveringen that failed together (one receiver down) over time.
        return TimeSpan.FromTicks((long)(basis * (0.8 + (0.4 * toeval))));
    }
}
