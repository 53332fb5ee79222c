namespace PassendOnderwijs.Domain.Ondersteuning;

/// <summary>
/// How much is needed or offered on one IVO field. The same four steps for a pupil's onderwijsbehoeften, a school's
/// ondersteuningsprofiel and an arrangement's content, so they can be compared step by step. The numbers are the
/// contract (0–3), and "more" always means "heavier": a school offering step 2 also covers a need of step 1.
/// </summary>
public enum Intensiteit
{
    /// <summary>Geen: nothing beyond what every group offers (de basisondersteuning).</summary>
    Geen = 0,

    /// <summary>Licht: a little extra within the group, for a short time or a few moments a week.</summary>
    Licht = 1,

    /// <summary>Intensief: extra every day or with a specialist, planned and written down.</summary>
    Intensief = 2,

    /// <summary>Zeer intensief: continuous, specialist support, usually with a setting or expertise most schools lack.</summary>
    ZeerIntensief = 3,
}

public static class IntensiteitUitleg
{
    /// <summary>The Dutch label of each step, as the SPA and the explanations show it.</summary>
    public static string Label(Intensiteit niveau) => niveau switch
    {
        Intensiteit.Geen => "geen",
        Intensiteit.Licht => "licht",
        Intensiteit.Intensief => "intensief",
        Intensiteit.ZeerIntensief => "zeer intensief",
        _ => throw new ArgumentOutOfRangeException(nameof(niveau), niveau, null),
    };
}
