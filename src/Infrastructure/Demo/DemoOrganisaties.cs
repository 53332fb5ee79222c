using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Matching;
using PassendOnderwijs.Domain.Ondersteuning;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Demo;

/// <summary>
/// A fictitious samenwerkingsverband with its indeling, two besturen, four schools, some pupils and arrangementen in
/// different phases, so every screen has something to show. All names are invented. Built through the domain. The OSO
/// test school joins later, on its own (here and in the VO demo), so a database with the demo from before it gets it too.
/// </summary>
internal static class DemoOrganisaties
{
    /// <summary>The vestiging of the demo IB'er and the demo LAS.</summary>
    public const string EigenVestiging = "12AB00";

    /// <summary>
    /// The OSO test school (BRIN 00YY, vestiging 00) that the official OSO example dossiers come from: an SO/VSO school
    /// (cluster 3), a school in this PO and in the VO demo samenwerkingsverband, so both profiles can be handed over.
    /// </summary>
    public const string OsoTestschool = "00YY00";

    /// <summary>The name of the OSO test school, the same in both samenwerkingsverbanden.</summary>
    public const string OsoTestschoolNaam = "OSO Testschool (SO)";

    /// <summary>The bevoegd gezag of the speciaal onderwijs: in PO2705 from the start, in VO2705 with the OSO test school.</summary>
    public const string SpeciaalBestuur = "41235";

    public const string SpeciaalBestuurNaam = "Stichting Speciaal Onderwijs Demo";

    private static readonly Actor Demo = new("demo", "Demogegevens");

    public static async Task LaadAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PassendOnderwijsDbContext>();
        if (await db.Samenwerkingsverbanden.IgnoreQueryFilters().AnyAsync(ct).ConfigureAwait(false))
        {
            return;
        }

        var swv = Samenwerkingsverband.Registreer(DemoGegevens.DemoSamenwerkingsverband, "Samenwerkingsverband Passend Onderwijs Demoregio").Waarde;
        swv.DeelIn(Samenwerkingsverband.LeesIndeling(
        [
            ("Noord", ["Noord-West", "Noord-Oost"]),
            ("Zuid", ["Zuid-Centrum"]),
        ]).Waarde);
        var primair = Schoolbestuur.Registreer(swv.Code, "41234", "Stichting Demo Primair Onderwijs").Waarde;
        var speciaal = Schoolbestuur.Registreer(swv.Code, SpeciaalBestuur, SpeciaalBestuurNaam).Waarde;
        var regenboog = School(swv, primair, EigenVestiging, "Basisschool De Regenboog", SoortSchool.Bao, "Noord", "Noord-West",
            Sop("Kleine instructiegroepen voor rekenen en lezen; onderwijsassistent vier ochtenden per week.", "Methode-onafhankelijke leesinterventies.",
                "Prikkelarme werkplek in elke bouw.", "Gedragsspecialist en taalspecialist in het team.", "Vaste contacten met wijkteam en jeugdarts.",
                new IvoNiveaus(Intensiteit.Licht, Intensiteit.Licht, Intensiteit.Licht, Intensiteit.Intensief, Intensiteit.Licht)));
        var vlinder = School(swv, primair, "12AB01", "Basisschool De Vlinder", SoortSchool.Bao, "Noord", "Noord-Oost",
            Sop("Plusklas voor meerbegaafde leerlingen.", null, null, "Specialist meer- en hoogbegaafdheid.", null));
        var brug = School(swv, speciaal, "34CD00", "SBO De Brug", SoortSchool.Sbo, "Zuid", "Zuid-Centrum",
            Sop("Groepen van hoogstens 15 leerlingen.", "Aangepaste leerlijnen.", "Time-outruimte.", "Orthopedagoog en logopedist.", "Schoolmaatschappelijk werk.",
                new IvoNiveaus(Intensiteit.Intensief, Intensiteit.Intensief, Intensiteit.Intensief, Intensiteit.Intensief, Intensiteit.Licht)));
        var kompas = School(swv, speciaal, "56EF00", "SO Het Kompas", SoortSchool.So, "Zuid", "Zuid-Centrum",
            Sop("Groepen van hoogstens 10 leerlingen met vaste begeleiders.", null, "Prikkelarme lokalen.", "Gedragswetenschapper in elke bouw.", "Jeugdhulp in de school.",
                new IvoNiveaus(Intensiteit.ZeerIntensief, null, Intensiteit.ZeerIntensief, Intensiteit.ZeerIntensief, Intensiteit.Intensief)));

        var vandaag = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var nu = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var sanne = Leerling.Registreer(regenboog, "Sanne", "de Vries", vandaag.AddYears(-9), "6", vandaag).Waarde;
        var daan = Leerling.Registreer(regenboog, "Daan", "Jansen", vandaag.AddYears(-7), "4", vandaag).Waarde;
        var noah = Leerling.Registreer(regenboog, "Noah", "Bakker", vandaag.AddYears(-11), "8", vandaag).Waarde;
        var emma = Leerling.Registreer(vlinder, "Emma", "Visser", vandaag.AddYears(-8), "5", vandaag).Waarde;
        sanne.LegOndersteuningsbehoeftenVast(Ondersteuningsbehoeften.Van(
            "Werkt goed met duidelijke structuur en een vaste begeleider.",
            "Raakt snel overprikkeld in de grote groep; leesachterstand van een jaar.",
            // Daily extra instruction asks more attention and time than De Regenboog's profile offers (licht): the
            // one gap "Wat past?" closes, with an arrangement or with an aanbieder of the named expertise near her home.
            IvoVelden.Van("Dagelijks tien minuten verlengde instructie.", "Leesmethode met veel herhaling.", "Rustige werkplek.", "Leesspecialist.", null, "onderwijsbehoeften",
                new IvoNiveaus(Intensiteit.Intensief, Intensiteit.Licht, Intensiteit.Licht, Intensiteit.Intensief, null)).Waarde,
            "Ik wil beter leren lezen, in een rustig hoekje.",
            "Wij zien thuis dat ze na school erg moe is.",
            ["TAALONTWIKKELINGSSTOORNISSEN"]).Waarde);
        sanne.LegPostcodegebiedVast("3811");

        // The demo expert provides Sanne's reading support, by account: so expert@demo sees Sanne (need to know), and
        // nobody else until SWV staff add her as betrokkene.
        var swvCode = swv.Code;
        var expert = await db.Gebruikers.IgnoreQueryFilters()
            .Where(g => g.Samenwerkingsverband == swvCode && g.Rol == Rol.Expert)
            .Select(g => new { g.Id, g.Naam })
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        var leesArrangement = Arrangement.VraagAan(
            sanne,
            new Aanvraag(
                SoortArrangement.Onderwijsarrangement,
                IvoVelden.Van("Twee keer per week een half uur individuele leesbegeleiding.", "Aangepast leesmateriaal.", null, "Leesspecialist van het SWV.", null, "inhoud",
                    new IvoNiveaus(Intensiteit.Intensief, Intensiteit.Licht, null, Intensiteit.Intensief, null)).Waarde,
                ["Sanne leest aan het eind van het schooljaar op AVI-niveau E5.", "Sanne werkt twintig minuten zelfstandig in de klas."],
                vandaag.AddMonths(-8),
                vandaag.AddMonths(4),
                60,
                null,
                new Uitvoerder(SoortUitvoerder.Expert, expert?.Naam ?? "Leesspecialist SWV", null, null, expert?.Id.Waarde),
                Bekostiger.Swv,
                "De basisondersteuning is niet genoeg gebleken: na twee periodes extra instructie blijft de achterstand."),
            Arrangementtermijnen.Standaard,
            Demo,
            nu.AddMonths(-9)).Waarde;
        leesArrangement.NeemInBehandeling(Demo, nu.AddMonths(-9).AddDays(2));
        leesArrangement.KenToe("PO2705-2026-0001", vandaag.AddMonths(-9).AddDays(10), "Past bij de onderwijsbehoeften; de school zet zelf al in wat kan.", Demo, nu.AddMonths(-9).AddDays(10));
        leesArrangement.Start(vandaag.AddMonths(-8), Arrangementtermijnen.Standaard, Demo, nu.AddMonths(-8));

        var gedragsArrangement = Arrangement.VraagAan(
            daan,
            new Aanvraag(
                SoortArrangement.InzetExpert,
                IvoVelden.Van("Observatie in de klas en coaching van de leerkracht.", null, null, "Gedragsexpert van het SWV.", "Afstemming met het wijkteam.", "inhoud").Waarde,
                ["De leerkracht heeft een plan voor de momenten waarop Daan vastloopt."],
                vandaag.AddDays(14),
                vandaag.AddMonths(6),
                20,
                null,
                new Uitvoerder(SoortUitvoerder.Expert, "Gedragsexpert SWV", null, null),
                Bekostiger.Swv,
                "Daan loopt meerdere keren per week vast bij overgangsmomenten; de leerkracht vraagt om handelingsadviezen."),
            Arrangementtermijnen.Standaard,
            Demo,
            nu.AddDays(-3)).Waarde;

        db.Samenwerkingsverbanden.Add(swv);
        db.Beleidsinstellingen.Add(Beleid(swv, vandaag, nu));
        db.Schoolbesturen.AddRange(primair, speciaal);
        db.Scholen.AddRange(regenboog, vlinder, brug, kompas);
        db.Leerlingen.AddRange(sanne, daan, noah, emma);
        db.Arrangementen.AddRange(leesArrangement, gedragsArrangement);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The demo SWV's policy from today: the defaults under its registered name (documents read as before), and what
    /// its soorten arrangement bring per IVO field, so "Wat past?" can close a school's gaps with them.
    /// </summary>
    private static Beleidsinstellingen Beleid(Samenwerkingsverband swv, DateOnly vandaag, DateTimeOffset nu)
    {
        var inhoud = new Arrangementinhoud[]
        {
            new(SoortArrangement.Onderwijsarrangement, new IvoNiveaus(Intensiteit.Intensief, Intensiteit.Intensief, Intensiteit.Licht, Intensiteit.Licht, null)),
            new(SoortArrangement.OnderwijsJeugdhulparrangement, new IvoNiveaus(Intensiteit.Intensief, Intensiteit.Licht, Intensiteit.Licht, Intensiteit.Intensief, Intensiteit.ZeerIntensief)),
            new(SoortArrangement.InzetExpert, new IvoNiveaus(null, null, null, Intensiteit.ZeerIntensief, Intensiteit.Licht)),
            new(SoortArrangement.Middelen, new IvoNiveaus(null, Intensiteit.Intensief, Intensiteit.Intensief, null, null)),
            new(SoortArrangement.ArrangementCluster12, new IvoNiveaus(null, Intensiteit.Intensief, null, Intensiteit.ZeerIntensief, Intensiteit.Licht)),
        };
        var beleid = Beleidsinstellingen.Nieuw(swv.Code);
        var waarden = Beleidswaarden.Standaard(vo: false) with { Naam = swv.Naam, Arrangementinhoud = inhoud };
        _ = beleid.LegVast(waarden, vandaag, vandaag, "demo", nu).Waarde;
        return beleid;
    }

    /// <summary>
    /// Adds the OSO test school to the demo SWV under its speciaal-onderwijsbestuur, when the demo SWV is there and the
    /// school is not yet (nor the vestiging in another PO samenwerkingsverband of the installation).
    /// </summary>
    public static async Task LaadOsoTestschoolAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PassendOnderwijsDbContext>();
        var swvCode = SwvCode.Parse(DemoGegevens.DemoSamenwerkingsverband).Waarde;
        var swv = await db.Samenwerkingsverbanden.IgnoreQueryFilters().FirstOrDefaultAsync(s => s.Id == swvCode, ct).ConfigureAwait(false);
        var speciaal = await db.Schoolbesturen.IgnoreQueryFilters()
            .FirstOrDefaultAsync(b => b.Samenwerkingsverband == swvCode && b.Nummer == SpeciaalBestuur, ct).ConfigureAwait(false);
        if (swv is null || speciaal is null)
        {
            return; // Not the demo organisations.
        }

        // A cluster 2 school (auditief en communicatief): it has no zorgplicht, so an aanmelding there runs no term.
        var school = await OsoTestschoolAsync(db, swv, speciaal, SoortSchool.So, "Zuid", "Zuid-Centrum",
            Sop("Groepen van hoogstens 12 leerlingen met een leerkracht en een onderwijsassistent.",
                "Leerlijnen voor leerlingen die doof of slechthorend zijn of een taalontwikkelingsstoornis hebben (cluster 2).",
                "Geluidsarme lokalen met ringleiding.", "Logopedist, audioloog en orthopedagoog in de school.", "Vaste contacten met het audiologisch centrum en de jeugdarts."),
            ct).ConfigureAwait(false);
        if (school is not null)
        {
            db.Scholen.Add(school.LegClusterVast(Cluster.Twee).Waarde);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The OSO test school as a new school of <paramref name="swv"/>, not yet added; null when it is there already or the
    /// domain refuses it (the vestiging is a school in another samenwerkingsverband of that sector: not the demo's to change).
    /// </summary>
    internal static async Task<School?> OsoTestschoolAsync(
        PassendOnderwijsDbContext db, Samenwerkingsverband swv, Schoolbestuur bestuur, SoortSchool soort, string regio, string netwerk, IvoVelden sop, CancellationToken ct)
    {
        var vestiging = VestigingCode.Parse(OsoTestschool).Waarde;
        var alGeregistreerdIn = await db.Scholen.IgnoreQueryFilters().Where(s => s.Vestiging == vestiging).Select(s => s.Samenwerkingsverband)
            .ToListAsync(ct).ConfigureAwait(false);
        return Domain.Organisaties.School.Registreer(swv, bestuur, vestiging, OsoTestschoolNaam, soort, regio, netwerk, alGeregistreerdIn).Lukt(out var school)
            ? school.LegOndersteuningsprofielVast(sop)
            : null;
    }

    /// <summary>A school of a new demo samenwerkingsverband, where no vestiging is a school yet.</summary>
    internal static School School(Samenwerkingsverband swv, Schoolbestuur bestuur, string vestiging, string naam, SoortSchool soort, string regio, string netwerk, IvoVelden sop) =>
        Domain.Organisaties.School.Registreer(swv, bestuur, VestigingCode.Parse(vestiging).Waarde, naam, soort, regio, netwerk, alGeregistreerdIn: []).Waarde
            .LegOndersteuningsprofielVast(sop);

    internal static IvoVelden Sop(string? aandacht, string? materialen, string? ruimte, string? expertise, string? samenwerking, IvoNiveaus? niveaus = null) =>
        IvoVelden.Van(aandacht, materialen, ruimte, expertise, samenwerking, "ondersteuningsprofiel", niveaus).Waarde;
}
