using System.Text;
using PassendOnderwijs.Domain.Leerlingen;

namespace PassendOnderwijs.Domain.Dossiers;

/// <summary>The pupil a dossier belongs to: a known one, a new one, or a doubt the school must resolve.</summary>
public abstract record Herkenning
{
    private Herkenning()
    {
    }

    public sealed record Bekend(Leerling Leerling, string Reden) : Herkenning;

    public sealed record Nieuw : Herkenning;

    /// <summary>Pupils that look like the dossier's but not enough to be sure: reported, never guessed.</summary>
    public sealed record Twijfel(IReadOnlyList<Leerling> Kandidaten) : Herkenning;
}

/// <summary>
/// Finds the pupil of a dossier among the pupils of its vestiging: first by the LAS's own key, otherwise by name
/// and date of birth. Names are compared without case, accents or extra spaces ("Björn" is "bjorn"). A pupil with
/// the same date of birth and only the first or only the last name in common, two pupils that both match, or a match
/// that already carries another LAS key, is a doubt.
/// </summary>
public static class Leerlingherkenning
{
    public static Herkenning Herken(string? lasSleutel, string voornaam, string achternaam, DateOnly geboortedatum, IEnumerable<Leerling> vestigingsleerlingen)
    {
        ArgumentNullException.ThrowIfNull(vestigingsleerlingen);
        var kandidaten = vestigingsleerlingen.ToList();
        if (lasSleutel is not null && kandidaten.FirstOrDefault(l => l.LasSleutel == lasSleutel) is { } opSleutel)
        {
            return new Herkenning.Bekend(opSleutel, "op de leerlingsleutel van het LAS");
        }

        var zelfdeDag = kandidaten.Where(l => l.Geboortedatum == geboortedatum).ToList();
        var (voor, achter) = (Gewoon(voornaam), Gewoon(achternaam));
        var gelijk = zelfdeDag.Where(l => Gewoon(l.Voornaam) == voor && Gewoon(l.Achternaam) == achter).ToList();
        if (gelijk.Count == 1 && (gelijk[0].LasSleutel is null || lasSleutel is null))
        {
            return new Herkenning.Bekend(gelijk[0], "op naam en geboortedatum");
        }

        var lijkend = zelfdeDag.Where(l => Gewoon(l.Voornaam) == voor || Gewoon(l.Achternaam) == achter).ToList();
        return lijkend.Count > 0 ? new Herkenning.Twijfel(lijkend) : new Herkenning.Nieuw();
    }

    /// <summary>A name as compared: lower case, no diacritics, single spaces.</summary>
    public static string Gewoon(string naam)
    {
        ArgumentNullException.ThrowIfNull(naam);
        var gewoon = new StringBuilder(naam.Length);
        foreach (var teken in naam.ToLowerInvariant())
        {
            gewoon.Append(ZonderAccent(teken));
        }

        return string.Join(' ', gewoon.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    // The API runs with invariant globalization (no ICU), where Unicode normalisation cannot take accents off; the
    // letters of Dutch and its neighbours' names are mapped here instead.
    private static char ZonderAccent(char teken) => teken switch
    {
        'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => 'a',
        'ç' => 'c',
        'è' or 'é' or 'ê' or 'ë' => 'e',
        'ì' or 'í' or 'î' or 'ï' => 'i',
        'ñ' => 'n',
        'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' => 'o',
        'ù' or 'ú' or 'û' or 'ü' => 'u',
        'ý' or 'ÿ' => 'y',
        _ => teken,
    };
}
