namespace PassendOnderwijs.TestSupport;

/// <summary>A clock that stands still, so "the current leerjaar" is the same on every run.</summary>
public sealed class VasteKlok(DateTimeOffset nu) : TimeProvider
{
    /// <summary>A Tuesday in leerjaar 2026-2027.</summary>
    public static readonly DateTimeOffset Standaard = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    public VasteKlok()
        : this(Standaard)
    {
    }

    public override DateTimeOffset GetUtcNow() => nu;
}
