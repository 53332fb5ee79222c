namespace PassendOnderwijs.Domain.Portfolio.Evaluatie;

/// <summary>One cell of the hours: how many pupils had expert hours in the year and how many hours they took.</summary>
public sealed record Urenregel<TSleutel>(TSleutel Sleutel, int Leerlingen, decimal Uren);

/// <summary>
/// The expert hours of a period (a calendar year for the portfolio, a schooljaar for the beleidsinformatie), split by a
/// key (expertisegebied, school): the hours registered on a date in that period and not withdrawn, whatever period the
/// inzet started or closed in; a pupil counts where they had such hours.
/// </summary>
public static class Urenverdeling
{
    public static IReadOnlyList<Urenregel<TSleutel>> Verdeel<TSleutel>(
        IEnumerable<Expertinzet.Expertinzet> inzetten, int jaar, Func<Expertinzet.Expertinzet, TSleutel> sleutel)
        where TSleutel : notnull =>
        Verdeel(inzetten, new DateOnly(jaar, 1, 1), new DateOnly(jaar, 12, 31), sleutel);

    /// <summary>The hours dated from <paramref name="van"/> up to and including <paramref name="totEnMet"/>.</summary>
    public static IReadOnlyList<Urenregel<TSleutel>> Verdeel<TSleutel>(
        IEnumerable<Expertinzet.Expertinzet> inzetten, DateOnly van, DateOnly totEnMet, Func<Expertinzet.Expertinzet, TSleutel> sleutel)
        where TSleutel : notnull
    {
        ArgumentNullException.ThrowIfNull(inzetten);
        ArgumentNullException.ThrowIfNull(sleutel);
        return inzetten
            .Select(inzet => (inzet, uren: UrenIn(inzet, van, totEnMet)))
            .Where(x => x.uren > 0)
            .GroupBy(x => sleutel(x.inzet))
            .Select(g => new Urenregel<TSleutel>(g.Key, g.Select(x => x.inzet.LeerlingId).Distinct().Count(), g.Sum(x => x.uren)))
            .ToList();
    }

    /// <summary>The hours that count for the year: registered on a date in it, not withdrawn.</summary>
    public static decimal UrenIn(Expertinzet.Expertinzet inzet, int jaar) => UrenIn(inzet, new DateOnly(jaar, 1, 1), new DateOnly(jaar, 12, 31));

    /// <summary>The hours that count for a period: registered on a date in it, not withdrawn.</summary>
    public static decimal UrenIn(Expertinzet.Expertinzet inzet, DateOnly van, DateOnly totEnMet)
    {
        ArgumentNullException.ThrowIfNull(inzet);
        return inzet.Uren.Where(u => u.Telt && u.Datum >= van && u.Datum <= totEnMet).Sum(u => u.Uren);
    }
}
