namespace PassendOnderwijs.Domain.Portfolio.Tevredenheid;

/// <summary>The average scores of one group of answered onderzoeken (one expert, expertisegebied or regio).</summary>
/// <param name="Aantal">How many onderzoeken of the group were answered.</param>
/// <param name="Gemiddelden">Per question the average score, to one decimal; null when the group is too small to show.</param>
public sealed record Tevredenheidsgroep<TSleutel>(TSleutel Sleutel, int Aantal, IReadOnlyDictionary<Tevredenheidsvraag, decimal>? Gemiddelden)
    where TSleutel : notnull;

/// <summary>
/// Aggregates answered tevredenheidsonderzoeken. An average over fewer than <see cref="MinimaalAantal"/> answers comes
/// close to one school's own answer, which only the manager ondersteuning may read: for everyone else such a group
/// shows its count but no averages (the default drempel of the small-cell rule; an average is not a count, so the SWV's own drempel does not move it).
/// </summary>
public static class Tevredenheidsuitslag
{
    public const int MinimaalAantal = Beleidsinformatie.Onderdrukking.Kleinecelonderdrukking.StandaardDrempel;

    public static IReadOnlyList<Tevredenheidsgroep<TSleutel>> Groepeer<TSleutel>(
        IEnumerable<Tevredenheidsonderzoek> onderzoeken, Func<Tevredenheidsonderzoek, TSleutel> sleutel, bool toonKleineGroepen)
        where TSleutel : notnull
    {
        ArgumentNullException.ThrowIfNull(onderzoeken);
        ArgumentNullException.ThrowIfNull(sleutel);
        return onderzoeken
            .Where(o => o.IsBeantwoord)
            .GroupBy(sleutel)
            .Select(groep =>
            {
                var aantal = groep.Count();
                var zichtbaar = toonKleineGroepen || aantal >= MinimaalAantal;
                return new Tevredenheidsgroep<TSleutel>(groep.Key, aantal, zichtbaar ? Gemiddelden(groep) : null);
            })
            .ToList();
    }

    private static Dictionary<Tevredenheidsvraag, decimal> Gemiddelden(IEnumerable<Tevredenheidsonderzoek> groep) =>
        Enum.GetValues<Tevredenheidsvraag>().ToDictionary(
            vraag => vraag,
            vraag => Math.Round((decimal)groep.Average(o => o.Scores[vraag]), 1, MidpointRounding.AwayFromZero));
}
