using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Common.Levenscyclus;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen.Gebeurtenissen;

namespace PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

/// <summary>
/// The lifecycle of an OPP as one table: concept (overleg, hoorrecht, instemming) → vastgesteld ⇄ in herziening →
/// afgesloten, with the yearly evaluation and the ROD registration while a version holds. The school's staff take
/// every step; the school's LAS may also confirm the ROD registration (it is where the school registers in ROD). The
/// aggregate's transitions, the access checks, the
/// werkvoorraad, the <c>toegestaneStappen</c> and the domain events all follow from these rows.
/// </summary>
public static class OppLevenscyclus
{
    /// <summary>
    /// The scope with which a koppeling (the school's LAS) confirms the ROD registration. Named here because the row
    /// names it; the application lists it with every other scope.
    /// </summary>
    public const string RodRegistrerenScope = "opp.registreren";

    private static readonly Rol[] School = [Rol.SchoolMedewerker];

    private static readonly OppStatus[] MetConcept = [OppStatus.Concept, OppStatus.InHerziening];

    private static readonly OppStatus[] Lopend = [OppStatus.Concept, OppStatus.Vastgesteld, OppStatus.InHerziening];

    public static Levenscyclus<Ontwikkelingsperspectiefplan, OppStatus, OppStap> Tabel { get; } = new(
        "Een OPP",
        o => o.Status,
        OppStatusCodes.Lijst,
        OppStapCodes.Lijst,
        [
            new()
            {
                Code = OppStap.Wijziging,
                Omschrijving = "bijwerken",
                Betekenis = "De conceptversie bijwerken. Een vastgestelde versie blijft zoals zij is.",
                Van = MetConcept,
                Rollen = School,
                Gebeurtenis = OppGebeurtenis.Bijgewerkt,
                Meldt = (o, op) => new OppBijgewerkt(o.Id, o.Samenwerkingsverband, o.HuidigVersienummer, o.Status, op),
            },
            new()
            {
                Code = OppStap.Overleg,
                Omschrijving = "het overleg met de ouders vastleggen",
                Betekenis = "Het op overeenstemming gericht overleg met de ouders over de conceptversie vastleggen: datum, deelnemers en uitkomst.",
                Van = MetConcept,
                Rollen = School,
                Gebeurtenis = OppGebeurtenis.OverlegGevoerd,
                Meldt = (o, op) => new OppOverlegGevoerd(o.Id, o.Samenwerkingsverband, o.HuidigVersienummer, o.Status, op),
            },
            new()
            {
                Code = OppStap.Hoorrecht,
                Omschrijving = "het hoorrecht van de leerling vastleggen",
                Betekenis = "Vastleggen dat de leerling is gehoord, met datum en een korte samenvatting, of waarom niet.",
                Van = MetConcept,
                Rollen = School,
                Gebeurtenis = OppGebeurtenis.HoorrechtVastgelegd,
                Meldt = (o, op) => new OppHoorrechtVastgelegd(o.Id, o.Samenwerkingsverband, o.HuidigVersienummer, o.Status, op),
            },
            new()
            {
                Code = OppStap.ConceptDelen,
                Omschrijving = "het concept met de ouders delen",
                Betekenis = "De conceptversie met de ouders delen voor het overleg: zij lezen haar dan in het ouderportaal en kunnen er daar op antwoorden. Een concept dat niet gedeeld is, zien de ouders niet.",
                Van = MetConcept,
                Rollen = School,
                Gebeurtenis = OppGebeurtenis.ConceptGedeeld,
                Meldt = (o, op) => new OppConceptGedeeld(o.Id, o.Samenwerkingsverband, o.HuidigVersienummer, o.Status, op),
            },
            new()
            {
                Code = OppStap.DelenStoppen,
                Omschrijving = "het concept niet meer met de ouders delen",
                Betekenis = "Het delen van de conceptversie stoppen: de ouders zien haar dan niet meer in het ouderportaal (wel een versie die al geldt). Een antwoord dat zij al gaven, blijft vastgelegd. Opnieuw delen kan.",
                Van = MetConcept,
                Voorwaarde = new(
                    o => o.Concept != null && o.Concept.GedeeldMetOudersOp != null,
                    Fout.Conflict("concept-niet-gedeeld", "Het concept is niet met de ouders gedeeld.")),
                Rollen = School,
                Gebeurtenis = OppGebeurtenis.DelenGestopt,
                Meldt = (o, op) => new OppDelenGestopt(o.Id, o.Samenwerkingsverband, o.HuidigVersienummer, o.Status, op),
            },
            new()
            {
                Code = OppStap.Instemming,
                Omschrijving = "de instemming van de ouders vastleggen",
                Betekenis = "Vastleggen of de ouders instemmen met het handelingsdeel van precies deze versie, of weigeren met hun reden. De ouder kan ook zelf antwoorden in het ouderportaal.",
                Van = Lopend,
                Voorwaarde = new(
                    o => o.Status != OppStatus.Vastgesteld || o.WachtOpInstemming,
                    Fout.Conflict("instemming-al-gegeven", "Het handelingsdeel van de vastgestelde versie heeft de instemming van de ouders al; maak een nieuwe versie om het te wijzigen.")),
                Rollen = School,
                Gebeurtenis = OppGebeurtenis.InstemmingVastgelegd,
                Meldt = (o, op) => o.LaatsteInstemmingGegeven
                    ? new OppInstemmingGegeven(o.Id, o.Samenwerkingsverband, o.HuidigVersienummer, o.Status, op)
                    : new OppInstemmingGeweigerd(o.Id, o.Samenwerkingsverband, o.HuidigVersienummer, o.Status, op),
                // No legal term for the answer; the plan should have it before it is evaluated, so that is its deadline.
                Werkvoorraad = new(
                    "instemming-vragen",
                    _ => "Het handelingsdeel wacht op instemming van de ouders",
                    o => o.EvaluatieUiterlijk!.Value,
                    Wanneer: _ => o => o.Status == OppStatus.Vastgesteld && o.WachtOpInstemming),
            },
            new()
            {
                Code = OppStap.Vaststelling,
                Omschrijving = "vaststellen",
                Betekenis = "De conceptversie vaststellen, na het overleg met de ouders en het horen van de leerling. Het handelingsdeel alleen met instemming van de ouders.",
                Van = MetConcept,
                Rollen = School,
                Naar = OppStatus.Vastgesteld,
                Gebeurtenis = OppGebeurtenis.Vastgesteld,
                Meldt = (o, op) => new OppVastgesteld(o.Id, o.Samenwerkingsverband, o.HuidigVersienummer, o.Status, op),
                Werkvoorraad = new(
                    "vaststellen",
                    _ => "Stel het OPP vast: de wettelijke termijn van zes weken loopt",
                    o => o.VaststellenUiterlijk,
                    Wanneer: _ => o => o.Status == OppStatus.Concept),
            },
            new()
            {
                Code = OppStap.Herziening,
                Omschrijving = "een nieuwe versie maken",
                Betekenis = "Een nieuwe conceptversie maken vanuit de vastgestelde versie, die blijft gelden tot de nieuwe is vastgesteld.",
                Van = [OppStatus.Vastgesteld],
                Rollen = School,
                Naar = OppStatus.InHerziening,
                Gebeurtenis = OppGebeurtenis.HerzieningGestart,
                Meldt = (o, op) => new OppHerzieningGestart(o.Id, o.Samenwerkingsverband, o.HuidigVersienummer, o.Status, op),
            },
            new()
            {
                Code = OppStap.Evaluatie,
                Omschrijving = "evalueren",
                Betekenis = "De evaluatie met de ouders vastleggen: per doel of het is behaald, de conclusie en of er een nieuwe versie volgt.",
                Van = [OppStatus.Vastgesteld, OppStatus.InHerziening],
                Rollen = School,
                Gebeurtenis = OppGebeurtenis.Geevalueerd,
                Meldt = (o, op) => new OppGeevalueerd(o.Id, o.Samenwerkingsverband, o.HuidigVersienummer, o.Status, op),
                Werkvoorraad = new(
                    "evalueren",
                    _ => "Evalueer het OPP met de ouders: dat moet ten minste één keer per schooljaar",
                    o => o.EvaluatieUiterlijk!.Value,
                    Wanneer: horizon => o => o.EvaluatieUiterlijk <= horizon),
            },
            new()
            {
                Code = OppStap.RodRegistratie,
                Omschrijving = "de registratie in ROD bevestigen",
                Betekenis = "Bevestigen dat de begin- of einddatum van het OPP in ROD is geregistreerd (alleen reguliere basisscholen).",
                Van = [OppStatus.Vastgesteld, OppStatus.InHerziening, OppStatus.Afgesloten],
                Voorwaarde = new(o => o.RodTeRegistreren, Fout.Conflict("niets-te-registreren", "Er hoeft voor dit OPP niets (meer) in ROD geregistreerd te worden.")),
                Rollen = School,
                Scopes = [RodRegistrerenScope],
                Gebeurtenis = OppGebeurtenis.RodRegistratieBevestigd,
                Meldt = (o, op) => new OppRodRegistratieBevestigd(o.Id, o.Samenwerkingsverband, o.HuidigVersienummer, o.Status, op),
                Werkvoorraad = new(
                    "rod-registreren",
                    _ => "Registreer de begin- of einddatum van het OPP in ROD",
                    o => o.Einddatum ?? o.EersteVaststelling!.Value,
                    Voor: School),
            },
            new()
            {
                Code = OppStap.Afsluiting,
                Omschrijving = "afsluiten",
                Betekenis = "Het OPP afsluiten, omdat de leerling geen extra ondersteuning meer nodig heeft of de school verlaat.",
                Van = Lopend,
                Rollen = School,
                Naar = OppStatus.Afgesloten,
                Gebeurtenis = OppGebeurtenis.Afgesloten,
                Meldt = (o, op) => new OppAfgesloten(o.Id, o.Samenwerkingsverband, o.HuidigVersienummer, o.Status, op),
            },
        ]);
}
