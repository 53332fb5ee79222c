using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Casuistiek;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Demo;

/// <summary>
/// Two expert inzetten at De Regenboog, walked through the real steps: one for Sanne de Vries in realiseren, with Eva
/// Expert linked (and betrokkene), a plan of 12 hours and 9,5 hours registered (past the warning); one for Noah Bakker
/// closed with doelen behaald. Each comes from the demo case of its expertisegebied whose outcome was the inzet of an
/// expert (<see cref="DemoCasuistiek"/>), which is linked to it. Loaded once: a pupil that already has an inzet is left
/// as it is.
/// </summary>
internal static class DemoExpertinzet
{
    public static async Task LaadAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PassendOnderwijsDbContext>();
        var swv = SwvCode.Parse(DemoGegevens.DemoSamenwerkingsverband).Waarde;
        var leerlingen = await db.Leerlingen.IgnoreQueryFilters()
            .Where(l => l.Samenwerkingsverband == swv && ((l.Voornaam == "Sanne" && l.Achternaam == "de Vries") || (l.Voornaam == "Noah" && l.Achternaam == "Bakker")))
            .ToListAsync(ct).ConfigureAwait(false);
        var ids = leerlingen.Select(l => l.Id).ToList();
        var gebruikers = await db.Gebruikers.IgnoreQueryFilters().Where(g => g.Samenwerkingsverband == swv).ToListAsync(ct).ConfigureAwait(false);
        var ib = gebruikers.Find(g => g.Email.Waarde == DemoGegevens.IbEmail);
        var eva = gebruikers.Find(g => g.Email.Waarde == "expert@demo.passendonderwijs.nl");
        var pim = gebruikers.Find(g => g.Email.Waarde == DemoGegevens.ProcesbegeleiderEmail);
        var casussen = await db.Casussen.IgnoreQueryFilters()
            .Where(c => c.Samenwerkingsverband == swv && c.UitkomstSoort == Uitkomstsoort.InzetExpert && c.ExpertinzetId == null)
            .ToListAsync(ct).ConfigureAwait(false);
        var casusGedrag = casussen.Find(c => c.Expertisegebied == Expertisegebied.Gedrag);
        var casusHoogbegaafd = casussen.Find(c => c.Expertisegebied == Expertisegebied.Hoogbegaafdheid);
        if (leerlingen.Count != 2 || ib is null || eva is null || pim is null || casusGedrag is null || casusHoogbegaafd is null
            || await db.Expertinzetten.IgnoreQueryFilters().AnyAsync(i => ids.Contains(i.LeerlingId), ct).ConfigureAwait(false))
        {
            return;
        }

        var klok = services.GetRequiredService<TimeProvider>();
        var school = new Actor(ib.Id.Waarde.ToString(), ib.Naam);
        var expert = new Actor(eva.Id.Waarde.ToString(), eva.Naam);
        var procesbegeleider = new Actor(pim.Id.Waarde.ToString(), pim.Naam);
        var sanne = leerlingen.Single(l => l.Voornaam == "Sanne");
        var noah = leerlingen.Single(l => l.Voornaam == "Noah");

        var start = klok.GetUtcNow().AddDays(-28);
        var vandaag = DateOnly.FromDateTime(klok.GetUtcNow().UtcDateTime);
        var betrokkene = Betrokkene.VoegToe(
            sanne, eva, "Inzet van een expert (gedrag); eindigt als de inzet wordt afgesloten.", vandaag.AddDays(Betrokkene.MaximaleDuurDagen), procesbegeleider, start.AddDays(1), vandaag).Waarde;
        db.Betrokkenen.Add(betrokkene);
        var lopend = Doorloop(
            sanne, casusGedrag,
            new Casusinformatie(
                "Sanne raakt in onrustige momenten overprikkeld en loopt dan weg uit de klas. Hoe kan de leerkracht dat voorkomen?",
                "Veel prikkels in de klas, wisselende invallers, overgangsmomenten.",
                "Sanne heeft een goede band met haar leerkracht en werkt graag met concreet materiaal.",
                "Een vaste time-out plek en dagritmekaarten; dat helpt maar niet genoeg."),
            eva, betrokkene.Id, school, expert, procesbegeleider, start, budget: 12m);
        Zet(lopend.RegistreerUren(DateOnly.FromDateTime(start.AddDays(3).UtcDateTime), 2m, Uractiviteit.GesprekLeerkrachtIb, "Intake met leerkracht en IB'er.", expert, start.AddDays(3)));
        Zet(lopend.RegistreerUren(DateOnly.FromDateTime(start.AddDays(6).UtcDateTime), 3m, Uractiviteit.Observatie, "Observatie in de klas, twee dagdelen.", expert, start.AddDays(6)));
        Zet(lopend.RegistreerUren(DateOnly.FromDateTime(start.AddDays(9).UtcDateTime), 2.5m, Uractiviteit.AnalyseDiagnostiek, null, expert, start.AddDays(9)));
        Zet(lopend.RegistreerUren(DateOnly.FromDateTime(start.AddDays(14).UtcDateTime), 2m, Uractiviteit.GesprekOudersMetSchool, "Samen met de IB'er.", expert, start.AddDays(14)));
        Zet(lopend.VoegNotitieToe("De leerkracht gebruikt nu een prikkelarme werkplek; Sanne loopt minder vaak weg.", school, start.AddDays(16)));

        var afgesloten = Doorloop(
            noah, casusHoogbegaafd,
            new Casusinformatie(
                "Noah verveelt zich en verstoort de les. Welk aanbod past bij hem?",
                "Weinig uitdaging in de weektaak.",
                "Noah is nieuwsgierig en leest veel.",
                "Compacten van rekenen; een plusklas is er nog niet."),
            eva, betrokkeneId: null, school, expert, procesbegeleider, start.AddDays(-60), budget: 8m);
        Zet(afgesloten.RegistreerUren(DateOnly.FromDateTime(start.AddDays(-45).UtcDateTime), 6m, Uractiviteit.Observatie, null, expert, start.AddDays(-45)));
        Zet(afgesloten.NaarFase(ExpertinzetStap.Evaluatie, school, start.AddDays(-20)));
        Zet(afgesloten.SluitAf(Inzetresultaat.DoelenBehaald, null, "Bied Noah wekelijks verrijkingswerk met een vaste feedbackmoment; evalueer elk kwartaal.", null, expert, start.AddDays(-19)));

        db.Expertinzetten.AddRange(lopend, afgesloten);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Started by the school, linked by the procesbegeleider, through the cycle to realiseren with a plan.</summary>
    private static Expertinzet Doorloop(
        Leerling leerling, Casus uitNetwerk, Casusinformatie casus, Gebruiker eva, Guid? betrokkeneId, Actor school, Actor expert, Actor procesbegeleider,
        DateTimeOffset start, decimal budget)
    {
        var inzet = Expertinzet.Start(leerling, uitNetwerk.Id, uitNetwerk.Expertisegebied!.Value, casus, null, null, school, start);
        if (!uitNetwerk.KoppelAanInzet(inzet.Id, school, start).IsGelukt)
        {
            throw new InvalidOperationException("Demo inzet: the case could not be linked.");
        }

        Zet(inzet.Koppel(eva, betrokkeneId, procesbegeleider, start.AddDays(1)));
        Zet(inzet.VoegNotitieToe("Vraag, verwachtingen en rollen besproken. De school houdt het contact met de ouders.", school, start.AddDays(2)));
        Zet(inzet.NaarFase(ExpertinzetStap.Waarnemen, school, start.AddDays(2).AddHours(1)));
        Zet(inzet.NaarFase(ExpertinzetStap.Begrijpen, expert, start.AddDays(7)));
        Zet(inzet.DeelSamenvatting(
            "De onderwijsbehoefte is voorspelbaarheid bij overgangen; de school is handelingsverlegen bij onverwachte wisselingen.",
            "Kondig overgangen aan, bied een vaste werkplek en bespreek de dag vooraf.", false, expert, start.AddDays(10)));
        Zet(inzet.NaarFase(ExpertinzetStap.Plannen, expert, start.AddDays(10).AddHours(1)));
        var vandaag = DateOnly.FromDateTime(start.UtcDateTime);
        Zet(inzet.LegPlanVast(
            ["Het kind werkt drie keer per week twintig minuten zelfstandig.", "Het aantal keer dat het kind de klas verlaat halveert binnen zes weken."],
            [new Interventie("Coaching van de leerkracht op overgangsmomenten", vandaag.AddDays(11), vandaag.AddDays(60), "Expert en leerkracht"),
             new Interventie("Dagplanning met de leerling bespreken", vandaag.AddDays(11), vandaag.AddDays(90), "Leerkracht")],
            budget, false, school, start.AddDays(11)));
        Zet(inzet.NaarFase(ExpertinzetStap.Realiseren, school, start.AddDays(11).AddHours(1)));
        return inzet;
    }

    private static void Zet(Domain.Common.Result<Expertinzet> stap)
    {
        if (!stap.IsGelukt)
        {
            throw new InvalidOperationException("Demo inzet: " + string.Join(", ", stap.Fouten.Select(f => f.Code)));
        }
    }
}
