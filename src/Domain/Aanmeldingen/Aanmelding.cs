using PassendOnderwijs.Domain.Aanmeldingen.Gebeurtenissen;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Common.Levenscyclus;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Schooljaren;

namespace PassendOnderwijs.Domain.Aanmeldingen;

/// <summary>The pupil and school of an aanmelding, as they were when it was received.</summary>
/// <param name="Cluster">The school's cluster: a cluster 1 or 2 school has no zorgplicht.</param>
public sealed record AanmeldingLeerling(Guid Id, string Naam, SwvCode Samenwerkingsverband, VestigingCode Vestiging, string SchoolNaam, Cluster? Cluster);

/// <summary>What the school registers when a written aanmelding comes in.</summary>
public sealed record Aanmeldinggegevens(DateOnly OntvangenOp, bool OuderVerwachtExtraOndersteuning, DateOnly GewensteStartdatum, Schooljaar Schooljaar);

/// <summary>
/// A written aanmelding of a pupil at a school (WPO art. 40, WVO 2020 art. 2.33): from its receipt the school's
/// zorgplicht runs, and the school decides within six weeks, once extendable by four (<see cref="AanmeldingTermijnen"/>).
/// Guards: one extension, with a reason and the ouders told; decisions only while open; "toegelaten op een andere
/// school" only with that school's agreement and in overleg with the ouders; a cluster 1 or 2 school and a full school
/// have no zorgplicht. Every step is in the history; a refused step changes nothing.
/// </summary>
public sealed class Aanmelding : AggregateRoot<Guid>, IGenummerd
{
    private List<Gebeurtenis> _gebeurtenissen = [];

    private Aanmelding()
    {
        Samenwerkingsverband = null!;
        Vestiging = null!;
        LeerlingNaam = string.Empty;
        SchoolNaam = string.Empty;
    }

    public SwvCode Samenwerkingsverband { get; private set; }

    public Guid LeerlingId { get; private set; }

    public string LeerlingNaam { get; private set; }

    /// <summary>The school (vestiging) the aanmelding was made at: it has the zorgplicht.</summary>
    public VestigingCode Vestiging { get; private set; }

    public string SchoolNaam { get; private set; }

    public DateOnly OntvangenOp { get; private set; }

    public bool OuderVerwachtExtraOndersteuning { get; private set; }

    public DateOnly GewensteStartdatum { get; private set; }

    public Schooljaar Schooljaar { get; private set; }

    public AanmeldingStatus Status { get; private set; }

    /// <summary>Why the zorgplicht does not apply; null while it does.</summary>
    public GeenZorgplicht? GeenZorgplicht { get; private set; }

    /// <summary>The last day of the term (six weeks, or ten after the extension); null when no term runs (no zorgplicht).</summary>
    public DateOnly? BesluitUiterlijk { get; private set; }

    public Verlenging? Verlenging { get; private set; }

    public Aanmeldingsbesluit? Besluit { get; private set; }

    /// <summary>The decision's outcome, a column of its own so lists show and filter it without reading the decision.</summary>
    public Toelatingsuitkomst? Uitkomst { get; private set; }

    /// <summary>The other school, a column of its own so that school sees the aanmelding too and lists can filter on it.</summary>
    public VestigingCode? AndereSchoolVestiging { get; private set; }

    public DateOnly? IngetrokkenOp { get; private set; }

    public IReadOnlyList<Gebeurtenis> Gebeurtenissen => _gebeurtenissen;

    public long Versie { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    public bool Zorgplicht => GeenZorgplicht is null;

    public bool IsOpen => Status.IsOpen();

    /// <summary>
    /// The school registers a written aanmelding. The receipt lies between a year ago and today; the wished start lies
    /// not before the receipt and not after the chosen school year (a pupil may start mid-year). A cluster 1 or 2 school
    /// runs no term.
    /// </summary>
    public static Result<Aanmelding> Registreer(AanmeldingLeerling leerling, Aanmeldinggegevens gegevens, Actor door, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(leerling);
        ArgumentNullException.ThrowIfNull(gegevens);
        ArgumentNullException.ThrowIfNull(door);
        var vandaag = NederlandseDatum.Van(nu);
        var fouten = new List<Fout>();
        if (gegevens.OntvangenOp > vandaag)
        {
            fouten.Add(Fout.Ongeldig("ontvangen-in-toekomst", "De datum van ontvangst ligt niet in de toekomst.", "ontvangenOp"));
        }
        else if (gegevens.OntvangenOp < vandaag.AddYears(-1))
        {
            fouten.Add(Fout.Ongeldig("ontvangen-te-lang-geleden", "De datum van ontvangst ligt hoogstens een jaar terug.", "ontvangenOp"));
        }

        if (gegevens.GewensteStartdatum < gegevens.OntvangenOp)
        {
            fouten.Add(Fout.Ongeldig("start-voor-ontvangst", "De gewenste startdatum ligt niet voor de datum van ontvangst.", "gewensteStartdatum"));
        }

        if (gegevens.GewensteStartdatum > gegevens.Schooljaar.Einddatum)
        {
            fouten.Add(Fout.Ongeldig(
                "start-na-schooljaar", $"De gewenste startdatum ligt na het einde van schooljaar {gegevens.Schooljaar} ({NederlandseDatum.Tekst(gegevens.Schooljaar.Einddatum)}).", "gewensteStartdatum"));
        }

        if (gegevens.Schooljaar < Schooljaar.Op(gegevens.OntvangenOp))
        {
            fouten.Add(Fout.Ongeldig("schooljaar-voorbij", $"Schooljaar {gegevens.Schooljaar} was al voorbij toen de aanmelding binnenkwam.", "schooljaar"));
        }

        if (fouten.Count > 0)
        {
            return Result<Aanmelding>.Mislukt(fouten);
        }

        var geenZorgplicht = leerling.Cluster is null ? (GeenZorgplicht?)null : Aanmeldingen.GeenZorgplicht.Cluster;
        var aanmelding = new Aanmelding
        {
            Id = Guid.CreateVersion7(nu),
            Samenwerkingsverband = leerling.Samenwerkingsverband,
            LeerlingId = leerling.Id,
            LeerlingNaam = leerling.Naam,
            Vestiging = leerling.Vestiging,
            SchoolNaam = leerling.SchoolNaam,
            OntvangenOp = gegevens.OntvangenOp,
            OuderVerwachtExtraOndersteuning = gegevens.OuderVerwachtExtraOndersteuning,
            GewensteStartdatum = gegevens.GewensteStartdatum,
            Schooljaar = gegevens.Schooljaar,
            Status = AanmeldingStatus.Ontvangen,
            GeenZorgplicht = geenZorgplicht,
            BesluitUiterlijk = geenZorgplicht is null ? AanmeldingTermijnen.BesluitUiterlijk(gegevens.OntvangenOp) : null,
        };
        aanmelding.Leg(
            nu,
            door,
            AanmeldingGebeurtenis.Ontvangen,
            geenZorgplicht is null
                ? $"Ontvangen op {NederlandseDatum.Tekst(gegevens.OntvangenOp)}; besluit uiterlijk {NederlandseDatum.Tekst(aanmelding.BesluitUiterlijk!.Value)}"
                : $"Ontvangen op {NederlandseDatum.Tekst(gegevens.OntvangenOp)}; {GeenZorgplichtCodes.Lijst.LabelInZin(geenZorgplicht.Value)}",
            new AanmeldingOntvangen(aanmelding.Id, aanmelding.Samenwerkingsverband, aanmelding.Status, nu));
        return aanmelding;
    }

    /// <summary>
    /// The school extends the term once by four weeks, before the six weeks have passed, with a reason, after telling
    /// the ouders (on or after the receipt, not in the future).
    /// </summary>
    public Result<Aanmelding> Verleng(string? reden, DateOnly oudersGeinformeerdOp, Actor door, DateTimeOffset nu) =>
        Overgang(AanmeldingStap.Verlenging, door, nu, () =>
        {
            var vandaag = NederlandseDatum.Van(nu);
            var fouten = new List<Fout>();
            var geldigeReden = Tekst.Verplicht(reden, Verlenging.MaximaleLengteReden, "reden", "reden-vereist", "Geef de reden waarom de school meer tijd nodig heeft.");
            fouten.AddRange(geldigeReden.Fouten);
            if (vandaag > BesluitUiterlijk)
            {
                fouten.Add(Fout.Ongeldig(
                    "termijn-voorbij",
                    $"De termijn van {AanmeldingTermijnen.BeslistermijnWeken} weken liep af op {NederlandseDatum.Tekst(BesluitUiterlijk!.Value)}; verlengen kan alleen binnen die termijn."));
            }

            if (oudersGeinformeerdOp < OntvangenOp || oudersGeinformeerdOp > vandaag)
            {
                fouten.Add(Fout.Ongeldig("ongeldige-datum-ouders", "De ouders hoorden van de verlenging tussen de ontvangst van de aanmelding en vandaag.", "oudersGeinformeerdOp"));
            }

            if (fouten.Count > 0)
            {
                return fouten;
            }

            Verlenging = new Verlenging(geldigeReden.Waarde, oudersGeinformeerdOp, door, nu);
            BesluitUiterlijk = AanmeldingTermijnen.VerlengdTot(OntvangenOp);
            return Stapuitkomst.Gelukt($"Besluit nu uiterlijk {NederlandseDatum.Tekst(BesluitUiterlijk.Value)}; ouders geïnformeerd op {NederlandseDatum.Tekst(oudersGeinformeerdOp)}");
        });

    /// <summary>
    /// The school decides. Every outcome but toegelaten needs a reason; "andere school" needs that school (not this
    /// one), its agreement and the overleg with the ouders, and exists only where the zorgplicht applies. "Vol" ends the
    /// zorgplicht. The decision date lies between the receipt and today.
    /// </summary>
    public Result<Aanmelding> Beslis(Besluitverzoek verzoek, Actor door, DateTimeOffset nu) =>
        Overgang(AanmeldingStap.Besluit, door, nu, () =>
        {
            ArgumentNullException.ThrowIfNull(verzoek);
            var vandaag = NederlandseDatum.Van(nu);
            var fouten = new List<Fout>();
            if (verzoek.Besluitdatum < OntvangenOp || verzoek.Besluitdatum > vandaag)
            {
                fouten.Add(Fout.Ongeldig("ongeldige-besluitdatum", "De datum van het besluit ligt tussen de ontvangst van de aanmelding en vandaag.", "besluitdatum"));
            }

            // Only an admission needs no reason; every other outcome is one the ouders must be able to follow.
            var reden = Tekst.Optioneel(verzoek.Reden, Aanmeldingsbesluit.MaximaleLengteReden, "reden");
            fouten.AddRange(reden.Fouten);
            if (reden.IsGelukt && reden.Waarde is null && verzoek.Uitkomst != Toelatingsuitkomst.Toegelaten)
            {
                fouten.Add(Fout.Ongeldig("reden-vereist", "Geef de reden van het besluit.", "reden"));
            }

            AndereSchool? andere = null;
            if (verzoek.Uitkomst == Toelatingsuitkomst.AndereSchool)
            {
                fouten.AddRange(ControleerAndereSchool(verzoek, vandaag, out andere));
            }

            if (fouten.Count > 0)
            {
                return fouten;
            }

            Besluit = new Aanmeldingsbesluit(verzoek.Uitkomst, verzoek.Besluitdatum, reden.Waarde, andere, verzoek.InOverlegMetOuders, door, nu);
            Uitkomst = verzoek.Uitkomst;
            AndereSchoolVestiging = verzoek.Uitkomst == Toelatingsuitkomst.AndereSchool ? verzoek.AndereSchool!.Vestiging : null;
            if (verzoek.Uitkomst == Toelatingsuitkomst.Vol)
            {
                GeenZorgplicht = Aanmeldingen.GeenZorgplicht.Vol;
            }

            var opTijd = BesluitUiterlijk is { } uiterlijk && verzoek.Besluitdatum > uiterlijk ? $" (na de termijn, die liep tot {NederlandseDatum.Tekst(uiterlijk)})" : string.Empty;
            return Stapuitkomst.Gelukt(
                $"{ToelatingsuitkomstCodes.Lijst.Label(verzoek.Uitkomst)}{(andere is null ? string.Empty : $": {andere.Naam} ({andere.Vestiging})")} op {NederlandseDatum.Tekst(verzoek.Besluitdatum)}{opTijd}");
        });

    /// <summary>The ouders withdrew the aanmelding; the zorgplicht ends with it.</summary>
    public Result<Aanmelding> TrekIn(DateOnly ingetrokkenOp, Actor door, DateTimeOffset nu) =>
        Overgang(AanmeldingStap.Intrekking, door, nu, () =>
        {
            if (ingetrokkenOp < OntvangenOp || ingetrokkenOp > NederlandseDatum.Van(nu))
            {
                return new[] { Fout.Ongeldig("ongeldige-datum", "De datum van de intrekking ligt tussen de ontvangst van de aanmelding en vandaag.", "ingetrokkenOp") };
            }

            IngetrokkenOp = ingetrokkenOp;
            return Stapuitkomst.Gelukt($"Ingetrokken door de ouders op {NederlandseDatum.Tekst(ingetrokkenOp)}");
        });

    private List<Fout> ControleerAndereSchool(Besluitverzoek verzoek, DateOnly vandaag, out AndereSchool? andere)
    {
        andere = null;
        var fouten = new List<Fout>();
        if (!Zorgplicht)
        {
            fouten.Add(Fout.Ongeldig(
                "geen-zorgplicht", "Voor deze aanmelding geldt geen zorgplicht; de school zoekt dan geen andere school. Kies toegelaten of niet toegelaten.", "uitkomst"));
        }

        if (verzoek.AndereSchool is not { } school)
        {
            fouten.Add(Fout.Ongeldig("andere-school-vereist", "Kies de school die de leerling toelaat.", "andereSchool"));
        }
        else if (school.Vestiging == Vestiging)
        {
            fouten.Add(Fout.Ongeldig("andere-school-zelfde", "Kies een andere school dan de school waar de leerling is aangemeld.", "andereSchool"));
        }

        if (verzoek.AkkoordAndereSchoolOp is not { } akkoord)
        {
            fouten.Add(Fout.Ongeldig("akkoord-vereist", "Leg vast wanneer de andere school akkoord ging: zonder haar akkoord is er geen plek.", "akkoordAndereSchoolOp"));
        }
        else if (akkoord < OntvangenOp || akkoord > vandaag)
        {
            fouten.Add(Fout.Ongeldig("ongeldige-datum-akkoord", "De andere school ging akkoord tussen de ontvangst van de aanmelding en vandaag.", "akkoordAndereSchoolOp"));
        }

        if (!verzoek.InOverlegMetOuders)
        {
            fouten.Add(Fout.Ongeldig("overleg-ouders-vereist", "Een andere school zoekt de school in overleg met de ouders; bevestig dat dat overleg er was.", "inOverlegMetOuders"));
        }

        if (fouten.Count == 0)
        {
            andere = new AndereSchool(verzoek.AndereSchool!.Vestiging.Waarde, verzoek.AndereSchool.Naam, verzoek.AkkoordAndereSchoolOp!.Value);
        }

        return fouten;
    }

    private Result<Aanmelding> Overgang(AanmeldingStap code, Actor door, DateTimeOffset nu, Func<Stapuitkomst> stap) =>
        AanmeldingLevenscyclus.Tabel.Neem(this, code, stap, (rij, toelichting) =>
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
