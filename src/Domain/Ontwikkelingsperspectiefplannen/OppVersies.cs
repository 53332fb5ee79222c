namespace PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

/// <summary>
/// Which of a plan's versions is the concept and which holds, read from the versions alone: the aggregate asks it, and
/// so does a list that reads only the versions of each plan.
/// </summary>
public static class OppVersies
{
    /// <summary>The version being worked on, if any: the last one, while it is a concept.</summary>
    public static OppVersie? Concept(IReadOnlyList<OppVersie> versies)
    {
        ArgumentNullException.ThrowIfNull(versies);
        return versies.Count > 0 && versies[^1].Status == Versiestatus.Concept ? versies[^1] : null;
    }

    /// <summary>The version that holds: the last vastgestelde one.</summary>
    public static OppVersie? Geldend(IReadOnlyList<OppVersie> versies)
    {
        ArgumentNullException.ThrowIfNull(versies);
        return versies.LastOrDefault(v => v.Status == Versiestatus.Vastgesteld);
    }
}
