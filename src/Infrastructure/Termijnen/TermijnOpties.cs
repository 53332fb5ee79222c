namespace PassendOnderwijs.Infrastructure.Termijnen;

/// <summary>Settings of the deadline engine's watch (section <c>Termijnen</c>, e.g. <c>Termijnen__Interval=00:05:00</c>).</summary>
public sealed class TermijnOpties
{
    public const string Sectie = "Termijnen";

    /// <summary>Run the watch in this process. Terms are kept up to date with the cases either way (an outbox consumer).</summary>
    public bool Aan { get; set; } = true;

    /// <summary>
    /// How often the watch looks for terms that came close or passed. Terms move by calendar day, so a minute only
    /// matters for a term opened already close; the look itself reads two small partial indexes.
    /// </summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Terms handled per transaction.</summary>
    public int BatchGrootte { get; set; } = 200;
}
