using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Beleidsinformatie.Leerlingaantallen;

/// <summary>
/// The number of pupils of one vestiging of the samenwerkingsverband on one teldatum (1 October), as staff entered it
/// or the school's LAS delivered it. Whether they count as regular, SBO or SO follows from the vestiging's soort, so one
/// number per vestiging is all there is. Entering the same number again changes nothing (the delivery is idempotent).
/// </summary>
public sealed class Leerlingaantal : AggregateRoot<Guid>
{
    /// <summary>Above the largest Dutch school vestiging by far; a bound against a typo with an extra zero or two.</summary>
    public const int MaximumAantal = 10000;

    private Leerlingaantal()
    {
        Samenwerkingsverband = null!;
        Vestiging = null!;
        GewijzigdDoor = string.Empty;
    }

    public SwvCode Samenwerkingsverband { get; private set; }

    public DateOnly Teldatum { get; private set; }

    public VestigingCode Vestiging { get; private set; }

    public int Aantal { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    /// <summary>The account or koppeling (client id) that gave the number last.</summary>
    public string GewijzigdDoor { get; private set; }

    /// <summary>The change number: concurrency token (numbered by the store, as for every aggregate).</summary>
    public long Versie { get; private set; }

    public static Leerlingaantal Leg(SwvCode samenwerkingsverband, Teldatum teldatum, VestigingCode vestiging, Telling aantal, string door, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(samenwerkingsverband);
        ArgumentNullException.ThrowIfNull(teldatum);
        ArgumentNullException.ThrowIfNull(vestiging);
        ArgumentNullException.ThrowIfNull(aantal);
        return new Leerlingaantal
        {
            Id = Guid.CreateVersion7(),
            Samenwerkingsverband = samenwerkingsverband,
            Teldatum = teldatum.Datum,
            Vestiging = vestiging,
            Aantal = aantal.Waarde,
            GewijzigdOp = nu,
            GewijzigdDoor = door,
        };
    }

    /// <summary>A new number; the same number again is no change, so a LAS may deliver as often as it likes.</summary>
    public bool Wijzig(Telling aantal, string door, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(aantal);
        if (aantal.Waarde == Aantal)
        {
            return false;
        }

        Aantal = aantal.Waarde;
        GewijzigdOp = nu;
        GewijzigdDoor = door;
        return true;
    }
}

/// <summary>A number of pupils: zero or more, at most <see cref="Leerlingaantal.MaximumAantal"/>.</summary>
public sealed record Telling
{
    private Telling(int waarde) => Waarde = waarde;

    public int Waarde { get; }

    public static Result<Telling> Lees(int? aantal, string veld = "aantal") =>
        aantal is >= 0 and <= Leerlingaantal.MaximumAantal
            ? new Telling(aantal.Value)
            : Fout.Ongeldig("ongeldig-aantal", $"Geef het aantal leerlingen: een geheel getal van 0 tot en met {Leerlingaantal.MaximumAantal}.", veld);
}
