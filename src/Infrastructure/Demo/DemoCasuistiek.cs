using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Casuistiek;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Demo;

/// <summary>
/// Casuïstiek in the demo's lokaal netwerk Noord-West (seed 004): a bespreking two weeks ago, led by the regionaal
/// procesbegeleider, with three anonymous cases of De Regenboog (12AB00) and their outcomes: the inzet of an expert
/// on gedrag, a direct advies about jeugdhulp, and advice on a step in the basisondersteuning. A bespreking three
/// months ago sent a case to an expert on hoogbegaafdheid. The next bespreking is planned in two weeks, without cases
/// yet. The two inzet cases are where the demo's expert inzetten come from (<see cref="DemoExpertinzet"/>). Loaded
/// once; the texts are invented and pass the anonymity check.
/// </summary>
internal static class DemoCasuistiek
{
    public static async Task LaadAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PassendOnderwijsDbContext>();
        var swvCode = SwvCode.Parse(DemoGegevens.DemoSamenwerkingsverband).Waarde;
        var swv = await db.Samenwerkingsverbanden.IgnoreQueryFilters().FirstOrDefaultAsync(s => s.Id == swvCode, ct).ConfigureAwait(false);
        var vestiging = VestigingCode.Parse(DemoOrganisaties.EigenVestiging).Waarde;
        var school = await db.Scholen.IgnoreQueryFilters().FirstOrDefaultAsync(s => s.Samenwerkingsverband == swvCode && s.Vestiging == vestiging, ct).ConfigureAwait(false);
        if (swv is null || school is null || await db.Netwerkbesprekingen.IgnoreQueryFilters().AnyAsync(b => b.Samenwerkingsverband == swvCode, ct).ConfigureAwait(false))
        {
            return;
        }

        var accounts = await db.Gebruikers.IgnoreQueryFilters()
            .Where(g => g.Samenwerkingsverband == swvCode && (g.Rol == Rol.SwvMedewerker || g.Rol == Rol.SchoolMedewerker)).ToListAsync(ct).ConfigureAwait(false);
        var pb = accounts.Find(g => g.Email.Waarde == DemoGegevens.ProcesbegeleiderEmail);
        var ib = accounts.Find(g => g.Email.Waarde == DemoGegevens.IbEmail);
        if (pb is null || ib is null)
        {
            return;
        }

        var procesbegeleider = new Actor(pb.Id.Waarde.ToString(), pb.Naam);
        var ibEr = new Actor(ib.Id.Waarde.ToString(), ib.Naam);
        var nu = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var vandaag = DateOnly.FromDateTime(nu.UtcDateTime);
        var context = new Anonimiteitscontext([], vandaag.Year, [school.Naam, "Noord", "Noord-West"]);

        var vorige = Netwerkbespreking.Plan(
            swv, "Noord", "Noord-West",
            new Besprekinginvoer(
                vandaag.AddDays(-14),
                [Deelnemersrol.InternBegeleider, Deelnemersrol.RegionaalProcesbegeleider, Deelnemersrol.BeleidsmedewerkerSwv, Deelnemersrol.JeugdhulpWijkteam],
                "Drie casussen van De Regenboog besproken. Afgesproken: de school start de inzet van een expert op gedrag."),
            context, true, procesbegeleider, nu.AddDays(-21)).Waarde;
        var volgende = Netwerkbespreking.Plan(
            swv, "Noord", "Noord-West",
            new Besprekinginvoer(vandaag.AddDays(14), [Deelnemersrol.RegionaalProcesbegeleider], null), context, true, procesbegeleider, nu.AddDays(-1)).Waarde;
        var eerdere = Netwerkbespreking.Plan(
            swv, "Noord", "Noord-West",
            new Besprekinginvoer(vandaag.AddDays(-92), [Deelnemersrol.InternBegeleider, Deelnemersrol.RegionaalProcesbegeleider], null),
            context, true, procesbegeleider, nu.AddDays(-100)).Waarde;
        db.Netwerkbesprekingen.AddRange(eerdere, vorige, volgende);
        var hoogbegaafd = Casus.BrengIn(
            school,
            new("Een leerling is snel klaar, verveelt zich en verstoort dan de les. Welk aanbod past?",
                Leerjaarband.Groep56, "Compacten van rekenen; een plusklas is er nog niet.", Expertisegebied.Hoogbegaafdheid),
            context, true, ibEr, nu.AddDays(-96)).Waarde;
        hoogbegaafd.Agendeer(eerdere, procesbegeleider, nu.AddDays(-95));
        hoogbegaafd.LegUitkomstVast(
            new(Uitkomstsoort.InzetExpert, null, null, "Een expert hoogbegaafdheid kijkt mee naar passend verrijkingswerk.", Expertisegebied.Hoogbegaafdheid),
            context, true, procesbegeleider, nu.AddDays(-92));
        db.Casussen.Add(hoogbegaafd);

        (Casusinbreng Inbreng, Uitkomstinvoer Uitkomst)[] casussen =
        [
            (new("Een leerling raakt in de klas snel boos en loopt weg bij veranderingen. Hoe geven we de leerkracht handvatten?",
                    Leerjaarband.Groep56, "Een vast dagritme met pictogrammen, een rustplek in de klas en de Kanjertraining, acht weken.", Expertisegebied.Gedrag),
                new(Uitkomstsoort.InzetExpert, null, null, "Een expert gedrag observeert in de klas en coacht de leerkracht.", Expertisegebied.Gedrag)),
            (new("De leerling is vaak afwezig en lijkt thuis veel zorgen te hebben. Wat kan de school doen?",
                    Leerjaarband.Groep78, "Gesprekken met de ouders en de leerling, een maatje in de klas.", null),
                new(Uitkomstsoort.DirectAdvies, Adviessoort.JeugdhulpOfMedisch, null, "Leg contact met het wijkteam; de jeugdverpleegkundige sluit aan bij het volgende gesprek.", null)),
            (new("Een leerling in groep 3 komt niet op gang met lezen. Wat is een goede volgende stap?",
                    Leerjaarband.Groep34, "Extra instructie in een kleine groep, drie keer per week.", null),
                new(Uitkomstsoort.VraagBasisondersteuning, null, null, "Maak een handelingsplan met korte leesmomenten per dag en evalueer na zes weken.", null)),
        ];
        var ingebracht = nu.AddDays(-28);
        foreach (var (inbreng, uitkomst) in casussen)
        {
            var casus = Casus.BrengIn(school, inbreng, context, true, ibEr, ingebracht).Waarde;
            casus.Agendeer(vorige, procesbegeleider, nu.AddDays(-20));
            casus.LegUitkomstVast(uitkomst, context, true, procesbegeleider, nu.AddDays(-14));
            db.Casussen.Add(casus);
            ingebracht = ingebracht.AddHours(2);
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
