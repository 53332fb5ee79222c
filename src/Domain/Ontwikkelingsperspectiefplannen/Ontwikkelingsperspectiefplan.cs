using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Common.Levenscyclus;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen.Gebeurtenissen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

/// <summary>The pupil and school a plan is for, as they were when it was started.</summary>
public sealed record OppLeerling(Guid Id, string Naam, VestigingCode Vestiging, SoortSchool SoortSchool, SwvCode Samenwerkingsverband);

/// <summary>
/// An ontwikkelingsperspectiefplan: one per pupil and school, in versions. Guards the law's rules
/// (<see cref="OppLevenscyclus"/>): only a concept changes and a vastgestelde version never does; vaststelling follows
/// the overleg with the ouders and the pupil's hoorrecht; the handelingsdeel is vastgesteld only with the ouders'
/// instemming on exactly its text, and a changed handelingsdeel needs it again; the six-week term for the vaststelling
/// and the yearly evaluation are tracked; a regular primary school registers the begin and end date in ROD. Every
/// step is in the history; a refused step changes nothing.
/// </summary>
public sealed partial class Ontwikkelingsperspectiefplan : AggregateRoot<Guid>, IGenummerd
{
    public const int MaximaleLengteTekst = 4000;
    public const int MaximaleLengteKort = 1000;

    private List<OppVersie> _versies = [];
    private List<OppEvaluatie> _evaluaties = [];
    private List<Gebeurtenis> _gebeurtenissen = [];
    private List<OppVisieVanOuders> _visiesVanOuders = [];

    private Ontwikkelingsperspectiefplan()
    {
        Samenwerkingsverband = null!;
        LeerlingNaam = string.Empty;
        Vestiging = null!;
    }

    public SwvCode Samenwerkingsverband { get; private set; }

    public Guid LeerlingId { get; private set; }

    public string LeerlingNaam { get; private set; }

    public VestigingCode Vestiging { get; private set; }

    /// <summary>The kind of school: what uitstroombestemming it can name, and whether it registers in ROD.</summary>
    public SoortSchool SoortSchool { get; private set; }

    public Aanleiding Aanleiding { get; private set; }

    /// <summary>The day extra support started or the pupil was enrolled: the six-week term runs from it.</summary>
    public DateOnly Startdatum { get; private set; }

    public DateOnly VaststellenUiterlijk { get; private set; }

    public OppStatus Status { get; private set; }

    public IReadOnlyList<OppVersie> Versies => _versies;

    public IReadOnlyList<OppEvaluatie> Evaluaties => _evaluaties;

    /// <summary>The day the first version was vastgesteld: the OPP's begindatum, also for ROD.</summary>
    public DateOnly? EersteVaststelling { get; private set; }

    public DateOnly? LaatstGeevalueerdOp { get; private set; }

    /// <summary>By when the next evaluation with the ouders is due (end of a school year); null before the vaststelling.</summary>
    public DateOnly? EvaluatieUiterlijk { get; private set; }

    /// <summary>The vastgestelde version's handelingsdeel waits for the ouders' instemming (a column, for the werkvoorraad).</summary>
    public bool WachtOpInstemming { get; private set; }

    /// <summary>A regular primary school registers the OPP's begin and end date in ROD; SBO and SO do not.</summary>
    public bool RodPlichtig { get; private set; }

    public DateOnly? RodBegindatumGeregistreerdOp { get; private set; }

    public DateOnly? RodEinddatumGeregistreerdOp { get; private set; }

    /// <summary>A date must still be registered in ROD (a column, for the werkvoorraad and the LAS).</summary>
    public bool RodTeRegistreren { get; private set; }

    public DateOnly? Einddatum { get; private set; }

    public string? RedenAfsluiting { get; private set; }

    public IReadOnlyList<Gebeurtenis> Gebeurtenissen => _gebeurtenissen;

    /// <summary>Every view the ouders gave in the portal, oldest first; kept whole, so a newer one never erases an older.</summary>
    public IReadOnlyList<OppVisieVanOuders> VisiesVanOuders => _visiesVanOuders;

    /// <summary>The ouders' latest view: what the concept shows and what the next concept takes in.</summary>
    public OppVisieVanOuders? VisieVanOuders => _visiesVanOuders.Count > 0 ? _visiesVanOuders[^1] : null;

    /// <summary>The change number: concurrency token, ETag and place in the change feed (numbered by the store).</summary>
    public long Versie { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    /// <summary>The version being worked on, if any: the last one, while it is a concept.</summary>
    public OppVersie? Concept => OppVersies.Concept(_versies);

    /// <summary>The version that holds: the last vastgestelde one.</summary>
    public OppVersie? Geldend => OppVersies.Geldend(_versies);

    /// <summary>The ROD begindatum is the first vaststelling; the einddatum the day the plan was closed.</summary>
    public bool BegindatumTeRegistreren => RodDatumTeRegistreren(RodPlichtig, EersteVaststelling, EersteVaststelling, RodBegindatumGeregistreerdOp);

    public bool EinddatumTeRegistreren => RodDatumTeRegistreren(RodPlichtig, EersteVaststelling, Einddatum, RodEinddatumGeregistreerdOp);

    /// <summary>
    /// Whether a date must still be registered in ROD: by a regular primary school, once the plan was first vastgesteld,
    /// when the date is known and not yet registered. On plain values, so a read of only these columns (the LAS's
    /// feed) applies the same rule.
    /// </summary>
    public static bool RodDatumTeRegistreren(bool rodPlichtig, DateOnly? eersteVaststelling, DateOnly? datum, DateOnly? geregistreerdOp) =>
        rodPlichtig && eersteVaststelling is not null && datum is not null && geregistreerdOp is null;

    /// <summary>
    /// A school starts the plan for a pupil, as a concept (version 1) that may still be incomplete; the six-week term
    /// for the vaststelling runs from <paramref name="startdatum"/>.
    /// </summary>
    public static Result<Ontwikkelingsperspectiefplan> Start(
        OppLeerling leerling, Aanleiding aanleiding, DateOnly startdatum, OppInhoud inhoud, Actor door, DateTimeOffset nu) =>
        Start(leerling, aanleiding, startdatum, inhoud, door, nu, herkomst: null);

    /// <summary>
    /// An empty concept for the plan the school's own OSO dossier says is running (it carries only its dates and a
    /// document), started on its ingangsdatum, with the aanleiding the school's soort implies; the history names the
    /// dossier it came from, so nobody takes it for a plan the school started here.
    /// </summary>
    public static Result<Ontwikkelingsperspectiefplan> StartUitDossier(
        OppLeerling leerling, DateOnly startdatum, DateOnly dossierdatum, Actor door, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(leerling);
        var aanleiding = leerling.SoortSchool is SoortSchool.Bao or SoortSchool.Vo ? Aanleiding.ExtraOndersteuning : Aanleiding.Inschrijving;
        return Start(leerling, aanleiding, startdatum, OppInhoud.Leeg, door, nu, $"geïmporteerd uit OSO-dossier van {NederlandseDatum.Tekst(dossierdatum)}");
    }

    private static Result<Ontwikkelingsperspectiefplan> Start(
        OppLeerling leerling, Aanleiding aanleiding, DateOnly startdatum, OppInhoud inhoud, Actor door, DateTimeOffset nu, string? herkomst)
    {
        ArgumentNullException.ThrowIfNull(leerling);
        ArgumentNullException.ThrowIfNull(door);
        var fouten = new List<Fout>();
        var gelezen = OppInhoudsregels.Lees(inhoud, leerling.SoortSchool);
        fouten.AddRange(gelezen.Fouten);
        if (startdatum > Vandaag(nu).AddYears(1))
        {
            fouten.Add(Fout.Ongeldig("startdatum-te-ver", "De startdatum ligt hoogstens een jaar vooruit.", "startdatum"));
        }

        if (fouten.Count > 0)
        {
            return Result<Ontwikkelingsperspectiefplan>.Mislukt(fouten);
        }

        var opp = new Ontwikkelingsperspectiefplan
        {
            Id = Guid.CreateVersion7(nu),
            Samenwerkingsverband = leerling.Samenwerkingsverband,
            LeerlingId = leerling.Id,
            LeerlingNaam = leerling.Naam,
            Vestiging = leerling.Vestiging,
            SoortSchool = leerling.SoortSchool,
            Aanleiding = aanleiding,
            Startdatum = startdatum,
            VaststellenUiterlijk = OppTermijnen.VaststellenUiterlijk(startdatum),
            Status = OppStatus.Concept,
            RodPlichtig = leerling.SoortSchool == SoortSchool.Bao,
            _versies = [new OppVersie { Nummer = 1, Status = Versiestatus.Concept, Inhoud = gelezen.Waarde, AangemaaktDoor = door, AangemaaktOp = nu }],
        };
        opp.Leg(nu, door, OppGebeurtenis.ConceptGemaakt, $"{AanleidingCodes.Lijst.Label(aanleiding)} op {NederlandseDatum.Tekst(startdatum)}{(herkomst is null ? string.Empty : "; " + herkomst)}",
            new OppConceptGemaakt(opp.Id, opp.Samenwerkingsverband, 1, opp.Status, nu));
        return opp;
    }

    /// <summary>
    /// The school changes the concept. When the handelingsdeel changes, an instemming the ouders gave on the old text
    /// no longer holds (it is tied to the text), and the history says so.
    /// </summary>
    public Result<Ontwikkelingsperspectiefplan> WerkBij(OppInhoud inhoud, Actor door, DateTimeOffset nu) =>
        Overgang(OppStap.Wijziging, door, nu, () =>
        {
            var gelezen = OppInhoudsregels.Lees(inhoud, SoortSchool);
            if (!gelezen.IsGelukt)
            {
                return gelezen.Fouten.ToList();
            }

            var concept = Concept!;

            // The ouders' view is theirs: whatever the school sends, the concept keeps the words the ouders gave.
            var inhoudNieuw = gelezen.Waarde with { VisieVanOuders = concept.Inhoud.VisieVanOuders };
            var verschillen = OppVelden.Verschillen(concept.Inhoud, inhoudNieuw);
            var nieuw = concept with { Inhoud = inhoudNieuw };
            var instemmingVervalt = concept.Instemming is not null && concept.Vingerafdruk != nieuw.Vingerafdruk;
            VervangConcept(instemmingVervalt ? nieuw with { Instemming = null } : nieuw);
            return Stapuitkomst.Gelukt(
                $"Versie {concept.Nummer}: {verschillen.Count} {(verschillen.Count == 1 ? "onderdeel" : "onderdelen")} gewijzigd"
                + (instemmingVervalt ? "; het handelingsdeel is gewijzigd, dus de ouders moeten opnieuw instemmen." : "."));
        });

    /// <summary>
    /// The ouder gives their view on what their child needs ("Hoe denk jij erover?") in the portal. It is kept with
    /// the plan (who, when, how they signed in) and becomes part of the next version: an open concept takes it in at
    /// once, and a new concept (herziening) starts with the latest view. A vastgestelde version keeps what it had. Not a
    /// step of the school's lifecycle: it asks nothing of the school and changes no status; a closed plan takes none.
    /// </summary>
    public Result<Ontwikkelingsperspectiefplan> GeefVisieVanOuders(OppVisieVanOuders visie, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(visie);
        if (Status == OppStatus.Afgesloten)
        {
            return Result<Ontwikkelingsperspectiefplan>.Mislukt(
                Fout.Conflict("opp-afgesloten", "Het plan is afgesloten. Wilt u iets kwijt over wat uw kind nodig heeft, neem dan contact op met de school."));
        }

        _visiesVanOuders = [.. _visiesVanOuders, visie];
        var concept = Concept;
        if (concept is not null)
        {
            VervangConcept(concept with { Inhoud = concept.Inhoud with { VisieVanOuders = visie } });
        }

        Leg(nu, visie.GegevenDoor, OppGebeurtenis.VisieVanOudersGegeven,
            concept is null
                ? $"{visie.Ouder} gaf in het ouderportaal de visie van de ouders; die komt in de volgende versie."
                : $"Versie {concept.Nummer}: {visie.Ouder} gaf in het ouderportaal de visie van de ouders.",
            new OppVisieVanOudersGegeven(Id, Samenwerkingsverband, HuidigVersienummer, Status, nu));
        return this;
    }

    private void VervangConcept(OppVersie concept) => _versies = [.. _versies.SkipLast(1), concept];

    private static DateOnly Vandaag(DateTimeOffset nu) => NederlandseDatum.Van(nu);

    /// <summary>The version number an event names: the concept's while there is one, else the version that holds.</summary>
    internal int HuidigVersienummer => _versies[^1].Nummer;

    private Result<Ontwikkelingsperspectiefplan> Overgang(OppStap code, Actor door, DateTimeOffset nu, Func<Stapuitkomst> stap) =>
        OppLevenscyclus.Tabel.Neem(this, code, stap, (rij, toelichting) =>
        {
            Status = rij.Naar ?? Status;
            Leg(nu, door, rij.Gebeurtenis, toelichting, rij.Meldt(this, nu));
        });

    private void Leg(DateTimeOffset nu, Actor door, string actie, string? toelichting, IDomainEvent melding)
    {
        _gebeurtenissen = [.. _gebeurtenissen, new Gebeurtenis(nu, door, actie, toelichting)];
        GewijzigdOp = nu;
        Raise(melding);
    }
}
