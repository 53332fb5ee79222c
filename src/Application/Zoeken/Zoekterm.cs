using System.Globalization;

namespace PassendOnderwijs.Application.Zoeken;

/// <summary>
/// What a person typed in the one search box, read as a date of birth (14-03-2017, 14-3-2017 or 2017-03-14) and
/// the text around it ("sanne 14-03-2017": the name "sanne", born on that day).
/// </summary>
public sealed record Zoekterm(string Tekst, DateOnly? Datum, int AantalDatums)
{
    public const int MaximaleLengte = 100;

    /// <summary>The fewest characters of text searched on its own: one letter would match half the register.</summary>
    public const int MinsteTekens = 2;

    private static readonly string[] Datumvormen = ["d-M-yyyy", "d/M/yyyy", "d.M.yyyy", "yyyy-MM-dd"];

    public static Zoekterm Lees(string? invoer)
    {
        var woorden = (invoer ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var datums = new List<DateOnly>();
        var tekst = new List<string>();
        foreach (var woord in woorden)
        {
            if (DateOnly.TryParseExact(woord, Datumvormen, CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
            {
                datums.Add(datum);
            }
            else
            {
                tekst.Add(woord);
            }
        }

        var verschillend = datums.Distinct().ToList();
        return new Zoekterm(string.Join(' ', tekst), verschillend.Count == 1 ? verschillend[0] : null, verschillend.Count);
    }

    public bool HeeftTekst => Tekst.Length > 0;
}
