namespace PassendOnderwijs.Domain.Portfolio.Evaluatie;

/// <summary>
/// The small-cell rule of the portfolio's figures: a count of 1 to 4 pupils at a school, in an expertisegebied or
/// behind an outcome can point to one child, so figures shown to schools or besturen (the version for the regional
/// board) hide such cells. Zero points to nobody and stays.
/// </summary>
public static class KleineAantallen
{
    /// <summary>The smallest count that is shown; the same threshold as the tevredenheidsuitslag's.</summary>
    public const int Drempel = 5;

    public static bool IsKlein(int aantal) => aantal is > 0 and < Drempel;

    /// <summary>
    /// Which cells of one breakdown to hide, index by index. A breakdown whose total is shown would give away a single
    /// hidden cell by subtraction, so when exactly one cell is small the smallest other non-zero cell hides with it
    /// (secondary suppression).
    /// </summary>
    public static IReadOnlyList<bool> Verberg(IReadOnlyList<int> aantallen)
    {
        ArgumentNullException.ThrowIfNull(aantallen);
        var verborgen = aantallen.Select(IsKlein).ToArray();
        if (verborgen.Count(v => v) == 1)
        {
            var tweede = aantallen
                .Select((aantal, index) => (aantal, index))
                .Where(c => c.aantal > 0 && !verborgen[c.index])
                .OrderBy(c => c.aantal)
                .Select(c => (int?)c.index)
                .FirstOrDefault();
            if (tweede is { } index)
            {
                verborgen[index] = true;
            }
        }

        return verborgen;
    }
}
