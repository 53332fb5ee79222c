namespace PassendOnderwijs.Domain.Beleidsinformatie.Dashboard;

/// <summary>
/// How long requests took from request to decision, in calendar days: how many were decided, the median and the 90th
/// percentile. The percentile is the nearest rank (a day some request really took), so it never invents a value; the
/// median of an even count is the mean of the two middle days, as statistics usually write it.
/// </summary>
public sealed record Doorlooptijd(int Aantal, decimal? Mediaan, int? P90)
{
    public static Doorlooptijd Leeg { get; } = new(0, null, null);

    /// <summary>From the day counts of the decided requests; a negative count (decided before requested) is refused.</summary>
    public static Doorlooptijd Van(IEnumerable<int> dagen)
    {
        ArgumentNullException.ThrowIfNull(dagen);
        var gesorteerd = dagen.Order().ToArray();
        if (gesorteerd.Length == 0)
        {
            return Leeg;
        }

        if (gesorteerd[0] < 0)
        {
            throw new ArgumentException("A decision cannot come before its request.", nameof(dagen));
        }

        var n = gesorteerd.Length;
        var mediaan = n % 2 == 1 ? gesorteerd[n / 2] : (gesorteerd[(n / 2) - 1] + gesorteerd[n / 2]) / 2m;
        return new Doorlooptijd(n, mediaan, Percentiel(gesorteerd, 90));
    }

    /// <summary>The days from a request to its decision (0 when decided the same day).</summary>
    public static int Dagen(DateOnly aangevraagd, DateOnly besloten) => besloten.DayNumber - aangevraagd.DayNumber;

    /// <summary>Nearest rank: the smallest value with at least <paramref name="procent"/>% of the values at or below it.</summary>
    private static int Percentiel(int[] gesorteerd, int procent)
    {
        var rang = (int)Math.Ceiling(procent / 100m * gesorteerd.Length);
        return gesorteerd[Math.Max(rang, 1) - 1];
    }
}
