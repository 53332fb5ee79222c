using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Beleid;

/// <summary>One version of the policy, in force from its <see cref="Ingangsdatum"/> until a later version takes over.</summary>
/// <param name="Nummer">1, 2, …: the order in which the versions were recorded.</param>
public sealed record Beleidsversie(int Nummer, DateOnly Ingangsdatum, Beleidswaarden Waarden, DateTimeOffset VastgelegdOp, string VastgelegdDoor);

/// <summary>
/// The policy settings of one samenwerkingsverband, kept as versions: a change never overwrites what was in force,
/// it adds a version that takes effect from its date (today or later). On a given day the settings in force are those
/// of the version with the latest ingangsdatum on or before that day (of two with the same date, the later recorded);
/// before the first, the defaults. The whole history stays readable.
/// </summary>
public sealed class Beleidsinstellingen : AggregateRoot<SwvCode>
{
    /// <summary>Enough for a change every week for years; a bound so the versions stay one small document.</summary>
    public const int MaximumVersies = 500;

    private List<Beleidsversie> _versies = [];

    private Beleidsinstellingen()
    {
    }

    public SwvCode Samenwerkingsverband => Id;

    /// <summary>In recording order.</summary>
    public IReadOnlyList<Beleidsversie> Versies => _versies;

    /// <summary>
    /// The change number (numbered by the store, as for every aggregate): concurrency token and ETag. A samenwerkingsverband
    /// without settings has none and answers 0, so the first change also names what it is based on (the defaults).
    /// </summary>
    public long Versie { get; private set; }

    public static Beleidsinstellingen Nieuw(SwvCode samenwerkingsverband) => new() { Id = samenwerkingsverband };

    /// <summary>A VO-samenwerkingsverband also issues TLV's for praktijkonderwijs.</summary>
    public static bool IsVo(SwvCode samenwerkingsverband)
    {
        ArgumentNullException.ThrowIfNull(samenwerkingsverband);
        return samenwerkingsverband.Waarde.StartsWith("VO", StringComparison.Ordinal);
    }

    /// <summary>The version in force on <paramref name="datum"/>, or null while the defaults hold.</summary>
    public Beleidsversie? VersieOp(DateOnly datum) =>
        _versies.Where(v => v.Ingangsdatum <= datum).OrderBy(v => v.Ingangsdatum).ThenBy(v => v.Nummer).LastOrDefault();

    public Beleidswaarden InWerkingOp(DateOnly datum) => VersieOp(datum)?.Waarden ?? Beleidswaarden.Standaard(IsVo(Id));

    /// <summary>What holds on a day for a samenwerkingsverband that may have no settings at all.</summary>
    public static Beleidswaarden InWerkingOp(Beleidsinstellingen? instellingen, SwvCode samenwerkingsverband, DateOnly datum) =>
        instellingen?.InWerkingOp(datum) ?? Beleidswaarden.Standaard(IsVo(samenwerkingsverband));

    /// <summary>Records a new version, in force from <paramref name="ingangsdatum"/>: never in the past, so what was in force stays so.</summary>
    public Result<Beleidsversie> LegVast(Beleidswaarden waarden, DateOnly ingangsdatum, DateOnly vandaag, string door, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(waarden);
        var fouten = new List<Fout>();
        if (ingangsdatum < vandaag)
        {
            fouten.Add(Fout.Ongeldig(
                "ingangsdatum-in-verleden", $"Een wijziging gaat in op vandaag ({NederlandseDatum.Tekst(vandaag)}) of later, nooit met terugwerkende kracht.", "ingangsdatum"));
        }

        if (IsVo(Id) && waarden.Tlvduur.Pro is null)
        {
            fouten.Add(Fout.Ongeldig("pro-vereist", "Geef ook de gebruikelijke duur van een toelaatbaarheidsverklaring voor praktijkonderwijs.", "tlvduur.pro"));
        }
        else if (!IsVo(Id) && waarden.Tlvduur.Pro is not null)
        {
            fouten.Add(Fout.Ongeldig(
                "pro-alleen-vo", "Een toelaatbaarheidsverklaring voor praktijkonderwijs geeft alleen een VO-samenwerkingsverband af.", "tlvduur.pro"));
        }

        if (fouten.Count > 0)
        {
            return Result<Beleidsversie>.Mislukt(fouten);
        }

        if (_versies.Count >= MaximumVersies)
        {
            return Fout.RegelGeschonden("te-veel-versies", $"Er zijn al {MaximumVersies} versies vastgelegd.");
        }

        var versie = new Beleidsversie(_versies.Count + 1, ingangsdatum, waarden, nu, door);
        _versies = [.. _versies, versie];
        return versie;
    }
}
