using PassendOnderwijs.Domain.Arrangementen.Gebeurtenissen;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Common.Levenscyclus;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Ondersteuning;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Arrangementen;

/// <summary>
/// Extra onderwijsondersteuning op maat for one pupil. Guards its lifecycle (<see cref="ArrangementLevenscyclus"/>):
/// aangevraagd → in behandeling → toegekend | afgewezen → actief → beëindigd, with evaluations while active. Every
/// step is recorded in the history; a step the lifecycle does not allow is refused and changes nothing.
/// </summary>
public sealed class Arrangement : AggregateRoot<Guid>, IGenummerd
{
    public const int MaximaleLengteToelichting = 4000;
    public const decimal MaximumUren = 10_000m;
    public const decimal MaximumBudget = 10_000_000m;

    private List<Doel> _doelen = [];
    private List<Evaluatie> _evaluaties = [];
    private List<Gebeurtenis> _gebeurtenissen = [];

    private Arrangement()
    {
        Samenwerkingsverband = null!;
        Vestiging = null!;
        Inhoud = IvoVelden.Leeg;
        Uitvoerder = null!;
        Toelichting = string.Empty;
        AangevraagdDoor = string.Empty;
    }

    public SwvCode Samenwerkingsverband { get; private set; }

    public Guid LeerlingId { get; private set; }

    /// <summary>The pupil's vestiging when the request was made: the school the arrangement supports.</summary>
    public VestigingCode Vestiging { get; private set; }

    public SoortArrangement Soort { get; private set; }

    public ArrangementStatus Status { get; private set; }

    /// <summary>What the arrangement adds, on the five IVO fields.</summary>
    public IvoVelden Inhoud { get; private set; }

    public IReadOnlyList<Doel> Doelen => _doelen;

    public DateOnly Ingangsdatum { get; private set; }

    public DateOnly Einddatum { get; private set; }

    public decimal? Uren { get; private set; }

    /// <summary>Budget in euro.</summary>
    public decimal? Budget { get; private set; }

    public Uitvoerder Uitvoerder { get; private set; }

    /// <summary>Who provides it, as a column of its own: the werkvoorraad asks it in SQL.</summary>
    public SoortUitvoerder UitvoerderSoort { get; private set; }

    /// <summary>
    /// The account of the expert who provides it, as a column of its own: while the arrangement is open, that expert
    /// may see the pupil (need to know), and the store asks it in SQL.
    /// </summary>
    public Guid? UitvoerderExpertId { get; private set; }

    public Bekostiger Bekostiger { get; private set; }

    /// <summary>Why the school asks for it.</summary>
    public string Toelichting { get; private set; }

    public DateTimeOffset AangevraagdOp { get; private set; }

    /// <summary>The subject (user id) of whoever made the request, as a column of its own: "mijn aanvragen" asks it in SQL.</summary>
    public string AangevraagdDoor { get; private set; }

    /// <summary>A question from the SWV to the school that is not answered yet.</summary>
    public string? OpenVraag { get; private set; }

    public Besluit? Besluit { get; private set; }

    /// <summary>Copied from the decision: unique within the samenwerkingsverband (an index in the store).</summary>
    public string? Beschikkingsnummer { get; private set; }

    public DateOnly? Startdatum { get; private set; }

    public IReadOnlyList<Evaluatie> Evaluaties => _evaluaties;

    /// <summary>The date of the evaluation the next one counts from, as a column: the werkvoorraad says why an evaluation is due.</summary>
    public DateOnly? LaatstGeevalueerdOp { get; private set; }

    /// <summary>While active: the day by which the next evaluation is due.</summary>
    public DateOnly? VolgendeEvaluatieUiterlijk { get; private set; }

    public DateOnly? BeeindigdOp { get; private set; }

    public string? RedenBeeindiging { get; private set; }

    public IReadOnlyList<Gebeurtenis> Gebeurtenissen => _gebeurtenissen;

    /// <summary>The change number: concurrency token, ETag and place in the change feed (numbered by the store).</summary>
    public long Versie { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    /// <summary>The SWV's target date for its decision; fixed at the request, a column so the werkvoorraad sorts on it in SQL.</summary>
    public DateOnly Behandeldeadline { get; private set; }

    public bool EvaluatieVerlopen(DateOnly vandaag) => Status == ArrangementStatus.Actief && VolgendeEvaluatieUiterlijk < vandaag;

    /// <summary>
    /// A school asks for extra support. The behandeldeadline is fixed here, from the SWV's behandeltermijn in force
    /// on the day of the request (<paramref name="termijnen"/>): a later change of policy never moves it.
    /// </summary>
    public static Result<Arrangement> VraagAan(Leerling leerling, Aanvraag aanvraag, Arrangementtermijnen termijnen, Actor door, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(leerling);
        ArgumentNullException.ThrowIfNull(aanvraag);
        ArgumentNullException.ThrowIfNull(termijnen);
        ArgumentNullException.ThrowIfNull(door);
        var fouten = Controleer(aanvraag);
        if (fouten.Count > 0)
        {
            return Result<Arrangement>.Mislukt(fouten);
        }

        var doelen = Nummer(aanvraag.Doelen);
        var toelichting = aanvraag.Toelichting!.Trim();

        var arrangement = new Arrangement
        {
            Id = Guid.CreateVersion7(nu),
            Samenwerkingsverband = leerling.Samenwerkingsverband,
            LeerlingId = leerling.Id,
            Vestiging = leerling.Vestiging,
            Soort = aanvraag.Soort,
            Status = ArrangementStatus.Aangevraagd,
            Inhoud = aanvraag.Inhoud,
            _doelen = doelen,
            Ingangsdatum = aanvraag.Ingangsdatum,
            Einddatum = aanvraag.Einddatum,
            Uren = aanvraag.Uren,
            Budget = aanvraag.Budget,
            Uitvoerder = aanvraag.Uitvoerder,
            UitvoerderSoort = aanvraag.Uitvoerder.Soort,
            UitvoerderExpertId = aanvraag.Uitvoerder.ExpertId,
            Bekostiger = aanvraag.Bekostiger,
            Toelichting = toelichting,
            AangevraagdOp = nu,
            AangevraagdDoor = door.Id,
            Behandeldeadline = NederlandseDatum.Van(nu).AddDays(7 * termijnen.BehandeltermijnWeken),
        };
        arrangement.Leg(nu, door, Gebeurtenis.Aangevraagd, null, new ArrangementAangevraagd(arrangement.Id, arrangement.Samenwerkingsverband, arrangement.Status, nu));
        return arrangement;
    }

    /// <summary>Every problem with a request at once; also used to validate input before the pupil is looked up.</summary>
    public static IReadOnlyList<Fout> Controleer(Aanvraag aanvraag)
    {
        ArgumentNullException.ThrowIfNull(aanvraag);
        var fouten = new List<Fout>();
        if (aanvraag.Einddatum < aanvraag.Ingangsdatum)
        {
            fouten.Add(Fout.Ongeldig("omgekeerde-periode", "De einddatum ligt voor de ingangsdatum.", "einddatum"));
        }

        fouten.AddRange(Hoeveelheid(aanvraag.Uren, MaximumUren, "uren", "negatieve-uren", "Uren kunnen niet negatief zijn."));
        fouten.AddRange(Hoeveelheid(aanvraag.Budget, MaximumBudget, "budget", "negatief-budget", "Een budget kan niet negatief zijn."));
        fouten.AddRange(PastBijSoort(aanvraag));
        if (aanvraag.Doelen.Count == 0)
        {
            fouten.Add(Fout.Ongeldig("doel-vereist", "Een arrangement heeft minstens één doel.", "doelen"));
        }
        else if (aanvraag.Doelen.Count > Doel.Maximum)
        {
            fouten.Add(Fout.Ongeldig("te-veel-doelen", $"Hoogstens {Doel.Maximum} doelen.", "doelen"));
        }

        for (var i = 0; i < aanvraag.Doelen.Count; i++)
        {
            fouten.AddRange(Tekst.Verplicht(aanvraag.Doelen[i], Doel.MaximaleLengte, $"doelen[{i}]", "doel-vereist", "Beschrijf het doel.").Fouten);
        }

        fouten.AddRange(Tekst.Verplicht(aanvraag.Toelichting, MaximaleLengteToelichting, "toelichting", "toelichting-vereist", "Licht toe waarom de leerling dit arrangement nodig heeft.").Fouten);
        fouten.AddRange(Tekst.Verplicht(aanvraag.Uitvoerder.Naam, Uitvoerder.MaximaleLengteNaam, "uitvoerder.naam", "uitvoerder-vereist", "Noem wie het arrangement uitvoert.").Fouten);
        return fouten;
    }

    public Result<Arrangement> NeemInBehandeling(Actor door, DateTimeOffset nu) =>
        Overgang(ArrangementStap.Behandeling, door, nu, () => Stapuitkomst.Gelukt());

    public Result<Arrangement> VraagInformatie(string? vraag, Actor door, DateTimeOffset nu) =>
        Overgang(ArrangementStap.Informatieverzoek, door, nu, () =>
        {
            var tekst = Tekst.Verplicht(vraag, MaximaleLengteToelichting, "vraag", "vraag-vereist", "Schrijf op welke informatie nodig is.");
            if (!tekst.IsGelukt)
            {
                return new(tekst.Fouten, null);
            }

            OpenVraag = tekst.Waarde;
            return Stapuitkomst.Gelukt(tekst.Waarde);
        });

    public Result<Arrangement> BeantwoordVraag(string? antwoord, Actor door, DateTimeOffset nu) =>
        Overgang(ArrangementStap.Antwoord, door, nu, () =>
        {
            var tekst = Tekst.Verplicht(antwoord, MaximaleLengteToelichting, "antwoord", "antwoord-vereist", "Geef het antwoord op de vraag.");
            if (!tekst.IsGelukt)
            {
                return new(tekst.Fouten, null);
            }

            OpenVraag = null;
            return Stapuitkomst.Gelukt(tekst.Waarde);
        });

    /// <summary>Grants the request. A question still open to the school lapses with the decision.</summary>
    public Result<Arrangement> KenToe(string? beschikkingsnummer, DateOnly besluitdatum, string? motivering, Actor door, DateTimeOffset nu) =>
        Overgang(ArrangementStap.Toekenning, door, nu, () => Beslis(true, beschikkingsnummer, besluitdatum, motivering, door, nu));

    /// <summary>Refuses the request; a refusal always states its reason (the school and parents may object to it).</summary>
    public Result<Arrangement> WijsAf(string? beschikkingsnummer, DateOnly besluitdatum, string? reden, Actor door, DateTimeOffset nu) =>
        Overgang(ArrangementStap.Afwijzing, door, nu, () => Beslis(false, beschikkingsnummer, besluitdatum, reden, door, nu));

    /// <summary>
    /// The granted arrangement starts on <paramref name="startdatum"/>, inside its period; the first evaluation is due
    /// one evaluation term later, the term in force on the start date (<paramref name="termijnen"/>).
    /// </summary>
    public Result<Arrangement> Start(DateOnly startdatum, Arrangementtermijnen termijnen, Actor door, DateTimeOffset nu) =>
        Overgang(ArrangementStap.Start, door, nu, () =>
        {
            ArgumentNullException.ThrowIfNull(termijnen);
            if (startdatum < Ingangsdatum || startdatum > Einddatum)
            {
                return new[] { Fout.RegelGeschonden("start-buiten-periode", $"Het arrangement loopt van {NederlandseDatum.Tekst(Ingangsdatum)} tot en met {NederlandseDatum.Tekst(Einddatum)}; start daarbinnen.", "startdatum") };
            }

            Startdatum = startdatum;
            VolgendeEvaluatieUiterlijk = VolgendeEvaluatie(startdatum, termijnen);
            return Stapuitkomst.Gelukt();
        });

    /// <summary>An evaluation; the next is due one evaluation term later, the term in force on its date (<paramref name="termijnen"/>).</summary>
    public Result<Arrangement> Evalueer(
        DateOnly datum, IReadOnlyList<Doelresultaat> resultaten, string? conclusie, Vervolg vervolg, Arrangementtermijnen termijnen, Actor door, DateTimeOffset nu) =>
        Overgang(ArrangementStap.Evaluatie, door, nu, () =>
        {
            ArgumentNullException.ThrowIfNull(resultaten);
            ArgumentNullException.ThrowIfNull(termijnen);
            var fouten = new List<Fout>();
            if (datum < Startdatum || datum > NederlandseDatum.Van(nu).AddDays(1))
            {
                fouten.Add(Fout.Ongeldig("ongeldige-evaluatiedatum", "Een evaluatie valt tussen de start van het arrangement en vandaag.", "datum"));
            }

            var (doelfouten, opgeschoond) = Doelresultaten.Controleer(resultaten, _doelen.ToDictionary(d => d.Nummer, d => d.Omschrijving), "het arrangement");
            fouten.AddRange(doelfouten);
            var geldigeConclusie = Tekst.Verplicht(conclusie, Evaluatie.MaximaleLengte, "conclusie", "conclusie-vereist", "Schrijf de conclusie van de evaluatie op.");
            fouten.AddRange(geldigeConclusie.Fouten);
            if (fouten.Count > 0)
            {
                return fouten;
            }

            _evaluaties = [.. _evaluaties, new Evaluatie(Guid.CreateVersion7(nu), datum, opgeschoond, geldigeConclusie.Waarde, vervolg, door, nu)];
            LaatstGeevalueerdOp = datum;
            VolgendeEvaluatieUiterlijk = VolgendeEvaluatie(datum, termijnen);
            return Stapuitkomst.Gelukt($"Vervolg: {VervolgCodes.Lijst.Code(vervolg)}. {geldigeConclusie.Waarde}");
        });

    public Result<Arrangement> Beeindig(DateOnly einddatum, string? reden, Actor door, DateTimeOffset nu) =>
        Overgang(ArrangementStap.Beeindiging, door, nu, () =>
        {
            var fouten = new List<Fout>();
            if (Startdatum is { } start && einddatum < start)
            {
                fouten.Add(Fout.Ongeldig("einde-voor-start", $"Het arrangement is gestart op {NederlandseDatum.Tekst(start)}; het kan niet eerder eindigen.", "einddatum"));
            }

            var geldigeReden = Tekst.Verplicht(reden, MaximaleLengteToelichting, "reden", "reden-vereist", "Geef de reden van de beëindiging.");
            fouten.AddRange(geldigeReden.Fouten);
            if (fouten.Count > 0)
            {
                return fouten;
            }

            BeeindigdOp = einddatum;
            RedenBeeindiging = geldigeReden.Waarde;
            VolgendeEvaluatieUiterlijk = null;
            return Stapuitkomst.Gelukt(geldigeReden.Waarde);
        });

    private Stapuitkomst Beslis(bool toekennen, string? beschikkingsnummer, DateOnly besluitdatum, string? motivering, Actor door, DateTimeOffset nu)
    {
        var fouten = new List<Fout>();
        var nummer = Tekst.Verplicht(beschikkingsnummer, Besluit.MaximaleLengteBeschikkingsnummer, "beschikkingsnummer", "beschikkingsnummer-vereist", "Geef het beschikkingsnummer van het besluit.");
        var reden = toekennen
            ? Tekst.Verplicht(motivering, Besluit.MaximaleLengteMotivering, "motivering", "motivering-vereist", "Motiveer het besluit.")
            : Tekst.Verplicht(motivering, Besluit.MaximaleLengteMotivering, "motivering", "reden-afwijzing-vereist", "Een afwijzing vermeldt altijd de reden.");
        fouten.AddRange(nummer.Fouten.Concat(reden.Fouten));
        if (besluitdatum < NederlandseDatum.Van(AangevraagdOp) || besluitdatum > NederlandseDatum.Van(nu).AddDays(1))
        {
            fouten.Add(Fout.Ongeldig("ongeldige-besluitdatum", "De besluitdatum ligt tussen de aanvraag en vandaag.", "besluitdatum"));
        }

        if (fouten.Count > 0)
        {
            return fouten;
        }

        Besluit = new Besluit(toekennen, besluitdatum, nummer.Waarde, reden.Waarde, door, nu);
        Beschikkingsnummer = nummer.Waarde;
        OpenVraag = null;
        return Stapuitkomst.Gelukt($"{nummer.Waarde}: {reden.Waarde}");
    }

    /// <summary>
    /// Takes a step of the lifecycle table: only from an allowed status and condition, then the step's own checks,
    /// which check everything before they change anything, so a refused step leaves the arrangement exactly as it
    /// was. The table gives the new status and the history event.
    /// </summary>
    private Result<Arrangement> Overgang(ArrangementStap code, Actor door, DateTimeOffset nu, Func<Stapuitkomst> stap) =>
        ArrangementLevenscyclus.Tabel.Neem(this, code, stap, (rij, toelichting) =>
        {
            Status = rij.Naar ?? Status;
            Leg(nu, door, rij.Gebeurtenis, toelichting, rij.Meldt(this, nu));
        });

    private DateOnly VolgendeEvaluatie(DateOnly vanaf, Arrangementtermijnen termijnen)
    {
        // One term on, but the end of the period is the last evaluation moment (never before the one just held).
        var termijnLater = vanaf.AddMonths(termijnen.EvaluatietermijnMaanden);
        return termijnLater < Einddatum ? termijnLater : (Einddatum > vanaf ? Einddatum : vanaf);
    }

    private void Leg(DateTimeOffset nu, Actor door, string actie, string? toelichting, IDomainEvent melding)
    {
        _gebeurtenissen = [.. _gebeurtenissen, new Gebeurtenis(nu, door, actie, toelichting)];
        GewijzigdOp = nu;
        Raise(melding);
    }

    private static IEnumerable<Fout> Hoeveelheid(decimal? waarde, decimal maximum, string veld, string code, string melding)
    {
        if (waarde < 0)
        {
            yield return Fout.Ongeldig(code, melding, veld);
        }
        else if (waarde > maximum)
        {
            yield return Fout.Ongeldig("te-groot", $"Hoogstens {maximum:N0}.", veld);
        }
        else if (waarde is { } getal && decimal.Round(getal, 2) != getal)
        {
            // Euro and hours are kept to the cent and the hundredth; a third decimal would be silently rounded away.
            yield return Fout.Ongeldig("te-veel-decimalen", "Hoogstens twee cijfers achter de komma.", veld);
        }
    }

    private static IEnumerable<Fout> PastBijSoort(Aanvraag aanvraag)
    {
        if (aanvraag.Soort == SoortArrangement.Middelen && aanvraag.Budget is null)
        {
            yield return Fout.Ongeldig("budget-vereist", "Een arrangement 'middelen' noemt het budget in euro.", "budget");
        }

        if (aanvraag.Soort == SoortArrangement.InzetExpert && aanvraag.Uren is null)
        {
            yield return Fout.Ongeldig("uren-vereist", "Een inzet van een expert noemt het aantal uren.", "uren");
        }

        if (aanvraag.Soort == SoortArrangement.ArrangementCluster12 && aanvraag.Uitvoerder.Soort != SoortUitvoerder.Oba)
        {
            yield return Fout.Ongeldig("oba-vereist", "Een arrangement cluster 1/2 wordt uitgevoerd door een onderwijsbegeleidingsaanbieder.", "uitvoerder.soort");
        }

        if (aanvraag.Uitvoerder.Soort == SoortUitvoerder.Oba && (aanvraag.Uitvoerder.ObaCode is null || aanvraag.Uitvoerder.Expertise is null))
        {
            yield return Fout.Ongeldig("oba-gegevens-vereist", "Noem bij een onderwijsbegeleidingsaanbieder de RIO-code en de expertise.", "uitvoerder");
        }

        if (aanvraag.Uitvoerder.ExpertId is not null && aanvraag.Uitvoerder.Soort != SoortUitvoerder.Expert)
        {
            yield return Fout.Ongeldig("expert-alleen-bij-expert", "Kies alleen een account van een expert als een expert het arrangement uitvoert.", "uitvoerder.expertId");
        }
    }

    private static List<Doel> Nummer(IReadOnlyList<string?> doelen) =>
        doelen.Select((tekst, i) => new Doel(i + 1, tekst!.Trim())).ToList();
}
