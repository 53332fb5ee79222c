using System.Text.RegularExpressions;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Dossiers;

/// <summary>
/// One OSO dossier as it was received for a pupil: who delivered it and when, its content hash (the same dossier
/// twice is one import), what the ouders said about it, the read-only data the SWV keeps from it, the protected
/// data, and the report of what was done with every part. A newer dossier for the same pupil replaces it as
/// current; it stays as history. The XML itself is not kept: what the product needs is taken out, the rest is not.
/// </summary>
public sealed partial class Dossierimport : AggregateRoot<Guid>
{
    private Dossierimport()
    {
        Samenwerkingsverband = null!;
        Vestiging = null!;
        Inhoudshash = string.Empty;
        Pakket = string.Empty;
        Aanleverder = null!;
        Verzorgers = [];
        Gegevens = Overdrachtsgegevens.Leeg;
        Beschermd = BeschermdeGegevens.Geen;
        Verslag = [];
    }

    public SwvCode Samenwerkingsverband { get; private set; }

    public Guid LeerlingId { get; private set; }

    /// <summary>The vestiging that sent the dossier (the pupil's school at the time).</summary>
    public VestigingCode Vestiging { get; private set; }

    /// <summary>SHA-256 of the delivered bytes, lower-case hex: the key that makes a second delivery of the same dossier a no-op.</summary>
    public string Inhoudshash { get; private set; }

    public Overdrachtsprofiel Profiel { get; private set; }

    /// <summary>The date the LAS made the dossier (<c>metadata/datum</c>).</summary>
    public DateOnly Dossierdatum { get; private set; }

    /// <summary>The LAS package and version that made it, e.g. "LeerlingInZicht 1".</summary>
    public string Pakket { get; private set; }

    public DateTimeOffset Ontvangen { get; private set; }

    /// <summary>The koppeling or person that delivered it.</summary>
    public Actor Aanleverder { get; private set; }

    public long Grootte { get; private set; }

    public DossierimportStatus Status { get; private set; }

    /// <summary>Null when the dossier carried no inzage (the category was not delivered).</summary>
    public Ouderinzage? Ouderinzage { get; private set; }

    public IReadOnlyList<Verzorger> Verzorgers { get; private set; }

    public Overdrachtsgegevens Gegevens { get; private set; }

    public BeschermdeGegevens Beschermd { get; private set; }

    public IReadOnlyList<Verslagregel> Verslag { get; private set; }

    public long Versie { get; private set; }

    /// <summary>Records a received dossier; everything in it was read and checked before, this only keeps it whole.</summary>
    public static Dossierimport Ontvang(Ontvangst ontvangst, Guid leerlingId, Dossierinhoud inhoud, IReadOnlyList<Verslagregel> verslag)
    {
        ArgumentNullException.ThrowIfNull(ontvangst);
        ArgumentNullException.ThrowIfNull(inhoud);
        ArgumentNullException.ThrowIfNull(verslag);
        if (!Sha256Hex().IsMatch(ontvangst.Inhoudshash))
        {
            throw new ArgumentException("The content hash is a SHA-256 in lower-case hex.", nameof(ontvangst));
        }

        return new Dossierimport
        {
            Id = Guid.CreateVersion7(ontvangst.Ontvangen),
            Samenwerkingsverband = ontvangst.Samenwerkingsverband,
            LeerlingId = leerlingId,
            Vestiging = inhoud.Vestiging,
            Inhoudshash = ontvangst.Inhoudshash,
            Profiel = inhoud.Profiel,
            Dossierdatum = inhoud.Dossierdatum,
            Pakket = inhoud.Pakket,
            Ontvangen = ontvangst.Ontvangen,
            Aanleverder = ontvangst.Aanleverder,
            Grootte = ontvangst.Grootte,
            Status = DossierimportStatus.Actueel,
            Ouderinzage = inhoud.Ouderinzage,
            Verzorgers = inhoud.Verzorgers,
            Gegevens = inhoud.Gegevens,
            Beschermd = inhoud.Beschermd,
            Verslag = verslag,
        };
    }

    /// <summary>Adds what became of the parts handled after the import was recorded (its attachments, which name the import).</summary>
    public void Meld(IEnumerable<Verslagregel> regels)
    {
        ArgumentNullException.ThrowIfNull(regels);
        Verslag = [.. Verslag, .. regels];
    }

    /// <summary>A newer dossier for the same pupil arrived: this one becomes history. Replacing twice changes nothing.</summary>
    public void Vervang() => Status = DossierimportStatus.Vervangen;

    [GeneratedRegex("^[0-9a-f]{64}\\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Sha256Hex();
}

/// <summary>How a dossier arrived: in which samenwerkingsverband, its hash and size, when, and from whom.</summary>
public sealed record Ontvangst(SwvCode Samenwerkingsverband, string Inhoudshash, long Grootte, DateTimeOffset Ontvangen, Actor Aanleverder);

/// <summary>What the product keeps from a dossier's content (read from the OSO XML by the application layer).</summary>
public sealed record Dossierinhoud(
    VestigingCode Vestiging,
    Overdrachtsprofiel Profiel,
    DateOnly Dossierdatum,
    string Pakket,
    Ouderinzage? Ouderinzage,
    IReadOnlyList<Verzorger> Verzorgers,
    Overdrachtsgegevens Gegevens,
    BeschermdeGegevens Beschermd);
