using System.Security.Cryptography;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Documenten;

/// <summary>
/// One file in a pupil's dossier: a report, a letter, a photo of work. Its kind is what its bytes are (never its
/// name), it is at most <see cref="MaxBytes"/>, and its SHA-256 is kept so anyone can check that what they download is
/// what was received. The bytes themselves are not part of this record: they live behind the storage port, so a list
/// of documents never loads them. A document may belong to one case of the same pupil (an arrangement, a TLV, an OPP).
/// Never changed after it is received, except for being attached to that case.
/// </summary>
public sealed class Document : AggregateRoot<Guid>
{
    public const int MaxBytes = 10 * 1024 * 1024;

    private Document()
    {
        Samenwerkingsverband = null!;
        Bestandsnaam = string.Empty;
        Sha256 = string.Empty;
        OntvangenDoor = null!;
    }

    public SwvCode Samenwerkingsverband { get; private set; }

    public Guid LeerlingId { get; private set; }

    /// <summary>The name as the sender gave it, cleaned (<see cref="Documenten.Bestandsnaam.Schoon"/>).</summary>
    public string Bestandsnaam { get; private set; }

    public Documentsoort Soort { get; private set; }

    /// <summary>The size in bytes.</summary>
    public long Grootte { get; private set; }

    /// <summary>The SHA-256 of the bytes, in lower-case hex.</summary>
    public string Sha256 { get; private set; }

    public Documentherkomst Herkomst { get; private set; }

    /// <summary>The dossier import it came with, for a document of <see cref="Documentherkomst.OsoImport"/>.</summary>
    public Guid? DossierimportId { get; private set; }

    public Guid? ArrangementId { get; private set; }

    public Guid? ToelaatbaarheidsverklaringId { get; private set; }

    public Guid? OntwikkelingsperspectiefplanId { get; private set; }

    public DateTimeOffset Ontvangen { get; private set; }

    /// <summary>Who uploaded it, or the koppeling or person whose import brought it.</summary>
    public Actor OntvangenDoor { get; private set; }

    public long Versie { get; private set; }

    /// <summary>Since when the pupil's ouders see this document in the portal; null while the school has not shared it.</summary>
    public DateTimeOffset? GedeeldMetOudersOp { get; private set; }

    public Actor? GedeeldMetOudersDoor { get; private set; }

    /// <summary>The case this document belongs to, if any.</summary>
    public (Zaaksoort Soort, Guid Id)? Zaak =>
        ArrangementId is { } a ? (Zaaksoort.Arrangement, a)
        : ToelaatbaarheidsverklaringId is { } t ? (Zaaksoort.Toelaatbaarheidsverklaring, t)
        : OntwikkelingsperspectiefplanId is { } o ? (Zaaksoort.Ontwikkelingsperspectiefplan, o)
        : null;

    /// <summary>The problem of a file over <see cref="MaxBytes"/>; also where a request is read, which stops reading there.</summary>
    public static Fout TeGroot =>
        Fout.Ongeldig("document-te-groot", $"Een document is hoogstens {MaxBytes / (1024 * 1024)} MB. Verklein het bestand of splits het op.", "inhoud");

    /// <summary>
    /// A received file as a document of the pupil, or every problem with it: empty, too large, or not one of the
    /// allowed kinds by its bytes. The caller stores the bytes through the storage port in the same unit of work.
    /// </summary>
    public static Result<Document> Ontvang(
        SwvCode samenwerkingsverband, Guid leerlingId, string? bestandsnaam, ReadOnlySpan<byte> inhoud,
        Documentherkomst herkomst, Guid? dossierimportId, Actor door, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(samenwerkingsverband);
        ArgumentNullException.ThrowIfNull(door);
        if (leerlingId == Guid.Empty)
        {
            throw new ArgumentException("A document belongs to a pupil.", nameof(leerlingId));
        }

        if (inhoud.Length > MaxBytes)
        {
            return TeGroot;
        }

        var herkend = DocumentsoortCodes.Herken(inhoud, bestandsnaam);
        if (!herkend.Lukt(out var soort))
        {
            return Result<Document>.Mislukt(herkend.Fouten);
        }

        if (herkomst == Documentherkomst.OsoImport && dossierimportId is null)
        {
            throw new ArgumentException("A document from an OSO import names that import.", nameof(dossierimportId));
        }

        var naam = Documenten.Bestandsnaam.Schoon(bestandsnaam);
        return new Document
        {
            Id = Guid.CreateVersion7(nu),
            Samenwerkingsverband = samenwerkingsverband,
            LeerlingId = leerlingId,
            Bestandsnaam = naam.Length > 0 ? naam : "document" + soort.Extensie(),
            Soort = soort,
            Grootte = inhoud.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(inhoud)),
            Herkomst = herkomst,
            DossierimportId = dossierimportId,
            Ontvangen = nu,
            OntvangenDoor = door,
        };
    }

    /// <summary>
    /// Attaches the document to one case. The caller has checked that the case exists and is of this pupil (only it
    /// can look that up); a document belongs to at most one case, for good.
    /// </summary>
    public Result<Document> KoppelAan(Zaaksoort soort, Guid zaakId, Guid leerlingVanZaak)
    {
        if (leerlingVanZaak != LeerlingId)
        {
            return Fout.RegelGeschonden(
                "zaak-van-andere-leerling",
                $"Dit {ZaaksoortCodes.Lijst.Label(soort)} hoort bij een andere leerling; een document kan alleen bij een zaak van dezelfde leerling horen.",
                ZaakVeld(soort));
        }

        if (Zaak is { } bestaand)
        {
            return Fout.Conflict(
                "document-al-gekoppeld",
                $"Dit document hoort al bij een {ZaaksoortCodes.Lijst.Label(bestaand.Soort)}; een document hoort bij hoogstens één zaak.");
        }

        switch (soort)
        {
            case Zaaksoort.Arrangement:
                ArrangementId = zaakId;
                break;
            case Zaaksoort.Toelaatbaarheidsverklaring:
                ToelaatbaarheidsverklaringId = zaakId;
                break;
            case Zaaksoort.Ontwikkelingsperspectiefplan:
                OntwikkelingsperspectiefplanId = zaakId;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(soort), soort, "Unknown Zaaksoort.");
        }

        return this;
    }

    /// <summary>
    /// The school lets the pupil's ouders see this document in the portal (a report it discussed with them, a letter).
    /// Nothing is shared by default: a document in the dossier is the school's and the SWV's until someone decides.
    /// </summary>
    public Result<Document> DeelMetOuders(Actor door, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(door);
        if (GedeeldMetOudersOp is { } al)
        {
            return Fout.Conflict("document-al-gedeeld", $"Dit document is al gedeeld met de ouders, op {NederlandseDatum.Tekst(NederlandseDatum.Van(al))}.");
        }

        GedeeldMetOudersOp = nu;
        GedeeldMetOudersDoor = door;
        Raise(new DocumentGedeeldMetOuders(Id, Samenwerkingsverband, LeerlingId, nu));
        return this;
    }

    /// <summary>From now on the ouders no longer see the document; what they downloaded before is in the audit log.</summary>
    public Result<Document> StopDelenMetOuders(Actor door, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(door);
        if (GedeeldMetOudersOp is null)
        {
            return Fout.Conflict("document-niet-gedeeld", "Dit document is niet gedeeld met de ouders.");
        }

        GedeeldMetOudersOp = null;
        GedeeldMetOudersDoor = null;
        Raise(new DocumentNietMeerGedeeldMetOuders(Id, Samenwerkingsverband, LeerlingId, nu));
        return this;
    }

    /// <summary>The query parameter that names a case of this kind in the upload.</summary>
    public static string ZaakVeld(Zaaksoort soort) => soort switch
    {
        Zaaksoort.Arrangement => "arrangementId",
        Zaaksoort.Toelaatbaarheidsverklaring => "tlvId",
        _ => "oppId",
    };
}
