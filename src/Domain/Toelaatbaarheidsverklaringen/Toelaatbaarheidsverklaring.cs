using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Common.Levenscyclus;
using PassendOnderwijs.Domain.Deskundigen;
using PassendOnderwijs.Domain.Ondersteuning;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Schooljaren;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen.Gebeurtenissen;

namespace PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

/// <summary>
/// A toelaatbaarheidsverklaring: the SWV's decision that a pupil may attend an SBO, SO or VSO school (or PrO in VO).
/// Guards the law's rules (<see cref="TlvLevenscyclus"/>): two independent deskundigenadviezen before any decision,
/// the first from an orthopedagoog or psycholoog, never twice the same person and never someone employed by the
/// requesting school or its bestuur; a decision that departs from an advice or from the usual duration says why; a
/// bezwaar runs its legal terms. Every step is in the history; a refused step changes nothing.
/// </summary>
public sealed partial class Toelaatbaarheidsverklaring : AggregateRoot<Guid>, IGenummerd
{
    private List<Gebeurtenis> _gebeurtenissen = [];
    private List<Bezwaar> _afgerondeBezwaren = [];

    private Toelaatbaarheidsverklaring()
    {
        Samenwerkingsverband = null!;
        Vestiging = null!;
        LeerlingNaam = string.Empty;
        BeoogdeSchool = null!;
        Onderbouwing = null!;
        AangevraagdDoor = string.Empty;
    }

    public SwvCode Samenwerkingsverband { get; private set; }

    public Guid LeerlingId { get; private set; }

    /// <summary>The pupil's name on the day of the request: the beschikking and the receiving school need it.</summary>
    public string LeerlingNaam { get; private set; }

    public DateOnly LeerlingGeboortedatum { get; private set; }

    /// <summary>The requesting vestiging: the pupil's school when the request was made.</summary>
    public VestigingCode Vestiging { get; private set; }

    /// <summary>The requesting school's bestuur: a deskundige it employs may not advise.</summary>
    public Guid AanvragendBestuurId { get; private set; }

    /// <summary>Requested, and once decided toelaatbaar, what was decided (the request's choice stays in the history).</summary>
    public SoortToelaatbaarheid Soort { get; private set; }

    /// <summary>Requested, and once decided toelaatbaar, what was decided.</summary>
    public Bekostigingscategorie Categorie { get; private set; }

    /// <summary>Its vestiging is a column: the receiving school's staff and LAS see the TLV by it.</summary>
    public BeoogdeSchool BeoogdeSchool { get; private set; }

    public DateOnly GevraagdeIngangsdatum { get; private set; }

    public DateOnly? GevraagdeEinddatum { get; private set; }

    public Onderbouwing Onderbouwing { get; private set; }

    public TlvStatus Status { get; private set; }

    public DateTimeOffset AangevraagdOp { get; private set; }

    public string AangevraagdDoor { get; private set; }

    /// <summary>The SWV's target date for its decision, fixed at the request from the behandeltermijn then in force.</summary>
    public DateOnly Behandeldeadline { get; private set; }

    /// <summary>The TLV this request renews (herindicatie), if any.</summary>
    public Guid? VorigeId { get; private set; }

    /// <summary>The renewal requested from this TLV, once one is.</summary>
    public Guid? OpgevolgdDoorId { get; private set; }

    public Deskundigenadvies? EersteAdvies { get; private set; }

    public Deskundigenadvies? TweedeAdvies { get; private set; }

    /// <summary>How many advices are in, as a column: deciding waits for two.</summary>
    public int AantalAdviezen { get; private set; }

    public TlvBesluit? Besluit { get; private set; }

    /// <summary>Copied from the decision as columns, for lists, the LAS feed and the herindicatie signal.</summary>
    public string? Beschikkingsnummer { get; private set; }

    public bool? Toelaatbaar { get; private set; }

    public DateOnly? Ingangsdatum { get; private set; }

    public DateOnly? Einddatum { get; private set; }

    /// <summary>From this day the werkvoorraad asks for a herindicatie: the einddatum minus the SWV's signal term then in force.</summary>
    public DateOnly? HerindicatieVanaf { get; private set; }

    public DateOnly? BekendgemaaktOp { get; private set; }

    public DateOnly? EindeBezwaartermijn { get; private set; }

    public Bezwaar? LopendBezwaar { get; private set; }

    public IReadOnlyList<Bezwaar> AfgerondeBezwaren => _afgerondeBezwaren;

    /// <summary>The day the receiving school enrolled the pupil on this TLV, as it confirmed.</summary>
    public DateOnly? IngeschrevenOp { get; private set; }

    public string? RedenIntrekking { get; private set; }

    public IReadOnlyList<Gebeurtenis> Gebeurtenissen => _gebeurtenissen;

    /// <summary>The change number: concurrency token, ETag and place in the change feed (numbered by the store).</summary>
    public long Versie { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    public IEnumerable<Deskundigenadvies> Adviezen => new[] { EersteAdvies, TweedeAdvies }.OfType<Deskundigenadvies>();

    /// <summary>
    /// A school (or the SWV for it) asks for a TLV. The behandeldeadline is fixed here from the behandeltermijn in force
    /// today (<paramref name="termijnen"/>). <paramref name="vorige"/> is the TLV this request renews.
    /// </summary>
    public static Result<Toelaatbaarheidsverklaring> VraagAan(
        TlvLeerling leerling, TlvAanvraag aanvraag, Arrangementtermijnen termijnen, Actor door, DateTimeOffset nu, Guid? vorige = null)
    {
        ArgumentNullException.ThrowIfNull(leerling);
        ArgumentNullException.ThrowIfNull(aanvraag);
        ArgumentNullException.ThrowIfNull(termijnen);
        ArgumentNullException.ThrowIfNull(door);
        var fouten = Controleer(aanvraag, SectorCodes.Van(leerling.Samenwerkingsverband));
        if (fouten.Count > 0)
        {
            return Result<Toelaatbaarheidsverklaring>.Mislukt(fouten);
        }

        var tlv = new Toelaatbaarheidsverklaring
        {
            Id = Guid.CreateVersion7(nu),
            Samenwerkingsverband = leerling.Samenwerkingsverband,
            LeerlingId = leerling.Id,
            LeerlingNaam = leerling.Naam,
            LeerlingGeboortedatum = leerling.Geboortedatum,
            Vestiging = leerling.Vestiging,
            AanvragendBestuurId = leerling.SchoolbestuurId,
            Soort = aanvraag.Soort,
            Categorie = aanvraag.Categorie,
            BeoogdeSchool = aanvraag.BeoogdeSchool with { Naam = aanvraag.BeoogdeSchool.Naam.Trim() },
            GevraagdeIngangsdatum = aanvraag.Ingangsdatum,
            GevraagdeEinddatum = aanvraag.Einddatum,
            Onderbouwing = new Onderbouwing(
                aanvraag.Onderwijsbehoeften,
                aanvraag.Basisondersteuning!.Trim(),
                aanvraag.ExtraOndersteuning!.Trim(),
                [.. aanvraag.Arrangementen.Distinct()],
                aanvraag.VisieOuders!.Trim(),
                aanvraag.VisieLeerling!.Trim()),
            Status = TlvStatus.Aangevraagd,
            AangevraagdOp = nu,
            AangevraagdDoor = door.Id,
            Behandeldeadline = NederlandseDatum.Van(nu).AddDays(7 * termijnen.BehandeltermijnWeken),
            VorigeId = vorige,
        };
        var gevraagd = $"{SoortToelaatbaarheidCodes.Lijst.Label(tlv.Soort)}, categorie {BekostigingscategorieCodes.Lijst.LabelInZin(tlv.Categorie)}, bij {tlv.BeoogdeSchool.Naam}";
        tlv.Leg(nu, door, TlvGebeurtenis.Aangevraagd, gevraagd, new TlvAangevraagd(tlv.Id, tlv.Samenwerkingsverband, tlv.Status, nu));
        return tlv;
    }

    /// <summary>
    /// Every problem with a request at once: a request is complete only when every required part is there. Also used to
    /// validate input before the pupil is looked up.
    /// </summary>
    public static IReadOnlyList<Fout> Controleer(TlvAanvraag aanvraag, Sector sector)
    {
        ArgumentNullException.ThrowIfNull(aanvraag);
        var fouten = new List<Fout>();
        if (aanvraag.Soort == SoortToelaatbaarheid.Pro && sector != Sector.Vo)
        {
            fouten.Add(Fout.Ongeldig("pro-alleen-vo", "Een toelaatbaarheidsverklaring voor praktijkonderwijs geeft alleen een VO-samenwerkingsverband af.", "soort"));
        }

        if (BekostigingscategorieCodes.PastNietBij(aanvraag.Soort, aanvraag.Categorie, "categorie") is { } categorie)
        {
            fouten.Add(categorie);
        }

        if (aanvraag.BeoogdeSchool.Soort != aanvraag.Soort.School())
        {
            fouten.Add(Fout.Ongeldig(
                "beoogde-school-past-niet",
                $"Kies een school voor {SoortToelaatbaarheidCodes.Lijst.LabelInZin(aanvraag.Soort)}; {aanvraag.BeoogdeSchool.Naam} is {SoortSchoolCodes.Lijst.LabelInZin(aanvraag.BeoogdeSchool.Soort)}.",
                "beoogdeSchool"));
        }

        fouten.AddRange(Tekst.Verplicht(aanvraag.BeoogdeSchool.Naam, BeoogdeSchool.MaximaleLengteNaam, "beoogdeSchool.naam", "schoolnaam-vereist", "Geef de naam van de beoogde school.").Fouten);
        if (aanvraag.Einddatum < aanvraag.Ingangsdatum)
        {
            fouten.Add(Fout.Ongeldig("omgekeerde-periode", "De einddatum ligt voor de ingangsdatum.", "einddatum"));
        }

        fouten.AddRange(ControleerOnderbouwing(aanvraag.Onderwijsbehoeften, aanvraag.Basisondersteuning, aanvraag.ExtraOndersteuning, aanvraag.VisieOuders, aanvraag.VisieLeerling));
        if (aanvraag.Arrangementen.Count > Onderbouwing.MaximumArrangementen)
        {
            fouten.Add(Fout.Ongeldig("te-veel-arrangementen", $"Koppel hoogstens {Onderbouwing.MaximumArrangementen} arrangementen.", "arrangementen"));
        }

        return fouten;
    }

    /// <summary>The parts of the onderbouwing a request must have; also checked on a request whose choices could not be read.</summary>
    public static IReadOnlyList<Fout> ControleerOnderbouwing(
        IvoVelden onderwijsbehoeften, string? basisondersteuning, string? extraOndersteuning, string? visieOuders, string? visieLeerling)
    {
        ArgumentNullException.ThrowIfNull(onderwijsbehoeften);
        var fouten = new List<Fout>();
        if (onderwijsbehoeften.IsLeeg)
        {
            fouten.Add(Fout.Ongeldig("onderwijsbehoeften-vereist", "Beschrijf de onderwijsbehoeften van de leerling op minstens één van de vijf velden.", "onderwijsbehoeften"));
        }

        fouten.AddRange(Tekst.Verplicht(basisondersteuning, Onderbouwing.MaximaleLengte, "basisondersteuning", "basisondersteuning-vereist", "Beschrijf wat de school in de basisondersteuning heeft gedaan.").Fouten);
        fouten.AddRange(Tekst.Verplicht(extraOndersteuning, Onderbouwing.MaximaleLengte, "extraOndersteuning", "extra-ondersteuning-vereist", "Beschrijf welke extra ondersteuning de school heeft geboden en waarom die niet genoeg is.").Fouten);
        fouten.AddRange(Tekst.Verplicht(visieOuders, Onderbouwing.MaximaleLengte, "visieOuders", "visie-ouders-vereist", "Schrijf op hoe de ouders over de aanvraag denken.").Fouten);
        fouten.AddRange(Tekst.Verplicht(visieLeerling, Onderbouwing.MaximaleLengte, "visieLeerling", "visie-leerling-vereist", "Schrijf op hoe de leerling over de aanvraag denkt, of waarom dat niet gevraagd kon worden.").Fouten);
        return fouten;
    }

    /// <summary>
    /// SWV staff ask a deskundige for the first or second advice. Refused: the first not an orthopedagoog or
    /// psycholoog; the same person on both places; someone employed by the requesting vestiging or its bestuur. A
    /// place whose advice is in cannot be given to someone else.
    /// </summary>
    public Result<Toelaatbaarheidsverklaring> WijsAdviseurAan(Adviesplek plek, Adviseur deskundige, Actor door, DateTimeOffset nu) =>
        Overgang(TlvStap.AdviseurAanwijzing, door, nu, () =>
        {
            ArgumentNullException.ThrowIfNull(deskundige);
            var fouten = new List<Fout>();
            var huidig = plek == Adviesplek.Eerste ? EersteAdvies : TweedeAdvies;
            var ander = plek == Adviesplek.Eerste ? TweedeAdvies : EersteAdvies;
            if (huidig is { IsUitgebracht: true })
            {
                fouten.Add(Fout.Conflict("advies-al-uitgebracht", $"De {AdviesplekCodes.Lijst.LabelInZin(plek)} heeft al geadviseerd; die kunt u niet meer vervangen."));
            }

            if (plek == Adviesplek.Eerste && !deskundige.Discipline.MagEersteAdviesGeven())
            {
                fouten.Add(Fout.RegelGeschonden(
                    "discipline-eerste-advies",
                    $"Het eerste advies komt van een orthopedagoog of psycholoog; {deskundige.Naam} is {DisciplineCodes.Lijst.LabelInZin(deskundige.Discipline)}.",
                    "deskundige"));
            }

            if (ander is not null && (ander.DeskundigeId == deskundige.DeskundigeId || ander.GebruikerId == deskundige.GebruikerId))
            {
                fouten.Add(Fout.RegelGeschonden("zelfde-deskundige", $"Deskundige {deskundige.Naam} is al de andere deskundige; twee adviezen komen van twee verschillende mensen.", "deskundige"));
            }

            if (deskundige.WerkgeverVestiging == Vestiging || deskundige.WerkgeverBestuurId == AanvragendBestuurId)
            {
                fouten.Add(Fout.RegelGeschonden(
                    "deskundige-niet-onafhankelijk",
                    $"Deskundige {deskundige.Naam} werkt voor de aanvragende school of haar schoolbestuur en mag daarom niet adviseren.",
                    "deskundige"));
            }

            if (fouten.Count > 0)
            {
                return fouten;
            }

            var advies = new Deskundigenadvies
            {
                Plek = plek,
                DeskundigeId = deskundige.DeskundigeId,
                GebruikerId = deskundige.GebruikerId,
                Naam = deskundige.Naam,
                Discipline = deskundige.Discipline,
                Werkgever = deskundige.Werkgever,
                Registratie = deskundige.Registratie,
                GevraagdOp = nu,
                GevraagdDoor = door,
            };
            if (plek == Adviesplek.Eerste)
            {
                EersteAdvies = advies;
            }
            else
            {
                TweedeAdvies = advies;
            }

            return Stapuitkomst.Gelukt($"{AdviesplekCodes.Lijst.Label(plek)}: {deskundige.Naam} ({DisciplineCodes.Lijst.LabelInZin(deskundige.Discipline)}, {deskundige.Werkgever})");
        });

    /// <summary>The place a person was asked to advise on and has not yet advised; null when there is none.</summary>
    public Adviesplek? OpenAdviesplekVan(Guid gebruikerId) =>
        EersteAdvies is { IsUitgebracht: false } eerste && eerste.GebruikerId == gebruikerId ? Adviesplek.Eerste
        : TweedeAdvies is { IsUitgebracht: false } tweede && tweede.GebruikerId == gebruikerId ? Adviesplek.Tweede
        : null;

    /// <summary>
    /// A deskundige gives their advice, under their own account: only a deskundige asked for this TLV, once, after
    /// declaring they are independent of the requesting school.
    /// </summary>
    public Result<Toelaatbaarheidsverklaring> BrengAdviesUit(Guid gebruikerId, Adviesinhoud inhoud, Actor door, DateTimeOffset nu) =>
        Overgang(TlvStap.Advies, door, nu, () =>
        {
            ArgumentNullException.ThrowIfNull(inhoud);
            if (OpenAdviesplekVan(gebruikerId) is not { } plek)
            {
                return Adviezen.Any(a => a.GebruikerId == gebruikerId)
                    ? new[] { Fout.Conflict("advies-al-uitgebracht", "U heeft uw advies over deze aanvraag al uitgebracht.") }
                    : new[] { Fout.Verboden("geen-adviseur", "Alleen een deskundige die om advies is gevraagd, brengt een advies uit.") };
            }

            var fouten = ControleerAdvies(inhoud, NederlandseDatum.Van(nu));
            if (fouten.Count > 0)
            {
                return fouten;
            }

            var gevraagd = plek == Adviesplek.Eerste ? EersteAdvies! : TweedeAdvies!;
            var toelaatbaar = inhoud.Toelaatbaar!.Value;
            var advies = gevraagd with
            {
                Datum = inhoud.Datum,
                Toelaatbaar = toelaatbaar,
                Soort = toelaatbaar ? inhoud.Soort : null,
                Categorie = toelaatbaar ? inhoud.Categorie : null,
                Einddatum = toelaatbaar ? inhoud.Einddatum : null,
                MotiveringOnderwijsbehoeften = inhoud.MotiveringOnderwijsbehoeften!.Trim(),
                MotiveringRegulier = inhoud.MotiveringRegulier!.Trim(),
                MotiveringBeoogdeSchool = inhoud.MotiveringBeoogdeSchool!.Trim(),
                UitgebrachtOp = nu,
            };
            if (plek == Adviesplek.Eerste)
            {
                EersteAdvies = advies;
            }
            else
            {
                TweedeAdvies = advies;
            }

            AantalAdviezen = Adviezen.Count(a => a.IsUitgebracht);
            return Stapuitkomst.Gelukt($"{AdviesplekCodes.Lijst.Label(plek)} ({DisciplineCodes.Lijst.LabelInZin(advies.Discipline)}): {(toelaatbaar ? "toelaatbaar" : "niet toelaatbaar")}");
        });

    private List<Fout> ControleerAdvies(Adviesinhoud inhoud, DateOnly vandaag)
    {
        var fouten = new List<Fout>();
        if (!inhoud.OnafhankelijkheidVerklaard)
        {
            fouten.Add(Fout.Ongeldig("onafhankelijkheid-vereist", "Verklaar dat u onafhankelijk bent van de aanvragende school en haar schoolbestuur.", "onafhankelijkheidVerklaard"));
        }

        if (inhoud.Toelaatbaar is null)
        {
            fouten.Add(Fout.Ongeldig("oordeel-vereist", "Geef aan of de leerling volgens u toelaatbaar is.", "toelaatbaar"));
        }
        else if (inhoud.Toelaatbaar.Value)
        {
            if (inhoud.Soort is not { } soort)
            {
                fouten.Add(Fout.Ongeldig("soort-vereist", "Geef aan voor welke soort onderwijs u de leerling toelaatbaar acht.", "soort"));
            }
            else if (inhoud.Categorie is not { } categorie)
            {
                fouten.Add(Fout.Ongeldig("categorie-vereist", "Geef de bekostigingscategorie die u adviseert.", "categorie"));
            }
            else if (BekostigingscategorieCodes.PastNietBij(soort, categorie, "categorie") is { } fout)
            {
                fouten.Add(fout);
            }

            if (inhoud.Einddatum is { } einde && einde < GevraagdeIngangsdatum)
            {
                fouten.Add(Fout.Ongeldig("einddatum-voor-ingang", $"De geadviseerde einddatum ligt voor de gevraagde ingangsdatum ({NederlandseDatum.Tekst(GevraagdeIngangsdatum)}).", "einddatum"));
            }
        }

        if (inhoud.Datum < NederlandseDatum.Van(AangevraagdOp) || inhoud.Datum > vandaag.AddDays(1))
        {
            fouten.Add(Fout.Ongeldig("ongeldige-adviesdatum", "De datum van het advies ligt tussen de aanvraag en vandaag.", "datum"));
        }

        fouten.AddRange(Tekst.Verplicht(inhoud.MotiveringOnderwijsbehoeften, Deskundigenadvies.MaximaleLengteMotivering, "motiveringOnderwijsbehoeften", "motivering-vereist", "Motiveer uw advies vanuit de onderwijsbehoeften van de leerling.").Fouten);
        fouten.AddRange(Tekst.Verplicht(inhoud.MotiveringRegulier, Deskundigenadvies.MaximaleLengteMotivering, "motiveringRegulier", "motivering-vereist", "Motiveer wat de reguliere school wel of niet kan bieden.").Fouten);
        fouten.AddRange(Tekst.Verplicht(inhoud.MotiveringBeoogdeSchool, Deskundigenadvies.MaximaleLengteMotivering, "motiveringBeoogdeSchool", "motivering-vereist", "Motiveer waarom de beoogde school wel of niet past.").Fouten);
        return fouten;
    }
}
