using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Ondersteuning;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Benchmarks;

/// <summary>
/// A busy samenwerkingsverband for benchmarks: N arrangementen for pupils of the demo SWV PO2705 (at the demo
/// vestigingen 12AB00 and 12AB01, the first being the demo IB'er's), each built through the domain — request, then
/// the lifecycle steps with realistic dates — so every row is one the product itself could have made. They are spread
/// over every status, with open questions, overdue evaluations and histories of one to a dozen events, and stored in
/// batches through the same EF mapping and triggers as the product. Deterministic per seed, except for the ids and
/// the dates, which follow today. Uses only what the domain offered before the lifecycle-table refactor as well, so
/// the same file measures both versions.
/// </summary>
internal static class ArrangementGenerator
{
    private const int PerBatch = 500;
    private const string Swv = "PO2705";

    /// <summary>Pupils per arrangement: some pupils get two or three arrangementen over the years.</summary>
    private const double LeerlingenPerArrangement = 0.6;

    private static readonly string[] Vestigingen = ["12AB00", "12AB01"];

    internal static readonly Actor School = new("benchmark-ib", "Ilse de IB'er");
    internal static readonly Actor Medewerker = new("benchmark-swv", "Mo Medewerker");
    private static readonly Actor Deskundige = new("benchmark-expert", "Eva Expert");

    /// <summary>Where each generated arrangement ends up, in percent; "verlopen" is active with its evaluation overdue.</summary>
    private static readonly (Eindpunt Eindpunt, int Procent)[] Verdeling =
    [
        (Eindpunt.Aangevraagd, 8),
        (Eindpunt.InBehandeling, 7),
        (Eindpunt.OpenVraag, 4),
        (Eindpunt.Toegekend, 6),
        (Eindpunt.Afgewezen, 5),
        (Eindpunt.Actief, 35),
        (Eindpunt.ActiefEvaluatieVerlopen, 10),
        (Eindpunt.Beeindigd, 25),
    ];

    private static readonly string[] Voornamen = ["Sanne", "Daan", "Noah", "Emma", "Liam", "Julia", "Finn", "Tess", "Sem", "Mila", "Lucas", "Zoë", "Levi", "Nora", "Milan", "Saar", "Bram", "Evi", "Jesse", "Lotte"];
    private static readonly string[] Achternamen = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf"];

    private static readonly string[] Doelen =
    [
        "De leerling leest aan het eind van het schooljaar op het AVI-niveau van de groep.",
        "De leerling werkt twintig minuten zelfstandig aan een taak.",
        "De leerling herkent de momenten waarop hij vastloopt en vraagt dan hulp.",
        "De leerling beheerst de tafels tot en met tien.",
        "De leerkracht heeft een plan voor de overgangsmomenten van de dag.",
        "De leerling neemt deel aan de kring zonder de les te verstoren.",
        "De leerling gebruikt de aangepaste materialen zelfstandig.",
        "De leerling maakt een passende overstap naar het voortgezet onderwijs.",
    ];

    private static readonly string[] Toelichtingen =
    [
        "De basisondersteuning is niet genoeg gebleken: na twee periodes extra instructie blijft de achterstand.",
        "De leerling loopt meerdere keren per week vast; de leerkracht vraagt om handelingsadviezen.",
        "Ouders en school zien dat de leerling meer nodig heeft dan de school binnen de basisondersteuning kan bieden.",
        "Na observatie door de orthopedagoog blijkt intensievere begeleiding nodig.",
    ];

    public static async Task GenereerAsync(PassendOnderwijsDbContext db, int aantal)
    {
        var swv = SwvCode.Parse(Swv).Waarde;
        if (await db.Arrangementen.IgnoreQueryFilters().CountAsync(a => a.Samenwerkingsverband == swv) >= aantal)
        {
            Console.WriteLine($"{Swv} heeft al {aantal} of meer arrangementen; niets gegenereerd.");
            return;
        }

        var klok = Stopwatch.StartNew();
        var vestigingen = Vestigingen.Select(v => VestigingCode.Parse(v).Waarde).ToList();
        var scholen = await db.Scholen.IgnoreQueryFilters().Where(s => s.Samenwerkingsverband == swv && vestigingen.Contains(s.Vestiging)).OrderBy(s => s.Vestiging).ToListAsync();
        if (scholen.Count != Vestigingen.Length)
        {
            throw new InvalidOperationException($"The demo schools {string.Join(", ", Vestigingen)} are missing: start the API with Demo__Aan=true first.");
        }

        var nu = DateTimeOffset.UtcNow;
        var vandaag = DateOnly.FromDateTime(nu.UtcDateTime);
        var random = new Random(2705);
        var leerlingen = new List<Leerling>();
        for (var i = 0; i < Math.Max(1, (int)(aantal * LeerlingenPerArrangement)); i++)
        {
            var leeftijd = random.Next(4, 13);
            leerlingen.Add(Leerling.Registreer(
                scholen[i % scholen.Count],
                Voornamen[random.Next(Voornamen.Length)],
                Achternamen[random.Next(Achternamen.Length)],
                vandaag.AddYears(-leeftijd).AddDays(-random.Next(365)),
                $"{Math.Clamp(leeftijd - 3, 1, 8)}",
                vandaag).Waarde);
        }

        db.Leerlingen.AddRange(leerlingen);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var perStatus = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var gebeurtenissen = 0;
        var openVragen = 0;
        var verlopen = 0;
        for (var start = 0; start < aantal; start += PerBatch)
        {
            for (var i = start; i < Math.Min(aantal, start + PerBatch); i++)
            {
                var arrangement = MaakWillekeurig(i, leerlingen[random.Next(leerlingen.Count)], vandaag, nu, random);
                var status = ArrangementStatusCodes.Lijst.Code(arrangement.Status);
                perStatus[status] = perStatus.GetValueOrDefault(status) + 1;
                gebeurtenissen += arrangement.Gebeurtenissen.Count;
                openVragen += arrangement.OpenVraag is null ? 0 : 1;
                verlopen += arrangement.EvaluatieVerlopen(vandaag) ? 1 : 0;
                db.Arrangementen.Add(arrangement);
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        Console.WriteLine(
            $"{aantal} arrangementen voor {leerlingen.Count} leerlingen van {string.Join(" en ", Vestigingen)} gegenereerd in {klok.Elapsed.TotalSeconds:F1} s " +
            $"({string.Join(", ", perStatus.Select(p => $"{p.Key} {p.Value}"))}; {openVragen} met een open vraag, {verlopen} met een verlopen evaluatie; " +
            $"gemiddeld {(double)gebeurtenissen / aantal:F1} gebeurtenissen).");
    }

    /// <summary>
    /// One arrangement for <paramref name="leerling"/>, ending in a status drawn from <see cref="Verdeling"/>; also the
    /// templates of the national generator (<see cref="LandelijkGenerator"/>).
    /// </summary>
    internal static Arrangement MaakWillekeurig(int nummer, Leerling leerling, DateOnly vandaag, DateTimeOffset nu, Random random) =>
        Maak(nummer, leerling, Kies(random), vandaag, nu, random);

    private static Eindpunt Kies(Random random)
    {
        var worp = random.Next(100);
        foreach (var (eindpunt, procent) in Verdeling)
        {
            if (worp < procent)
            {
                return eindpunt;
            }

            worp -= procent;
        }

        return Eindpunt.Beeindigd;
    }

    /// <summary>
    /// Walks one arrangement from its request to <paramref name="eindpunt"/>, day by day, never past today: the dates
    /// are chosen so the steps' own checks (decision after the request, start inside the period, evaluations between
    /// the start and the moment they are recorded) hold, and every refusal would be a bug in this generator.
    /// </summary>
    private static Arrangement Maak(int nummer, Leerling leerling, Eindpunt eindpunt, DateOnly vandaag, DateTimeOffset nu, Random random)
    {
        // How long ago the request was made follows from where it got to: a running arrangement was asked for months ago.
        var dag = vandaag.AddDays(-(eindpunt switch
        {
            Eindpunt.Aangevraagd => random.Next(0, 60),
            Eindpunt.InBehandeling or Eindpunt.OpenVraag => random.Next(3, 90),
            Eindpunt.Toegekend => random.Next(10, 120),
            Eindpunt.Afgewezen => random.Next(20, 900),
            Eindpunt.Actief => random.Next(90, 600),
            Eindpunt.ActiefEvaluatieVerlopen => random.Next(280, 800),
            _ => random.Next(300, 1100),
        }));
        var ingang = dag.AddDays(random.Next(14, 75));
        var einde = ingang.AddMonths(random.Next(3, 13));

        // A running arrangement's period has not ended yet (one past its end is ended, or due to be in the werkvoorraad).
        if (eindpunt is Eindpunt.Actief or Eindpunt.ActiefEvaluatieVerlopen && einde <= vandaag)
        {
            einde = vandaag.AddDays(random.Next(1, 400));
        }

        var aanvraag = Aanvraag(nummer, ingang, einde, random);
        var arrangement = Stap(Arrangement.VraagAan(leerling, aanvraag, Arrangementtermijnen.Standaard, School, Op(dag, nu, random)));
        if (eindpunt == Eindpunt.Aangevraagd)
        {
            return arrangement;
        }

        Volgende(ref dag, 1, 5, vandaag, random);
        Stap(arrangement.NeemInBehandeling(Medewerker, Na(arrangement, dag, nu, random)));

        // A third of the requests need a round of questions (a few two); an open question is the last one, unanswered.
        var rondes = random.Next(10) switch { < 6 => 0, < 9 => 1, _ => 2 };
        for (var ronde = 0; ronde < rondes + (eindpunt == Eindpunt.OpenVraag ? 1 : 0); ronde++)
        {
            Volgende(ref dag, 1, 7, vandaag, random);
            Stap(arrangement.VraagInformatie("Welke interventies heeft de school de afgelopen periode ingezet, en met welk resultaat?", Medewerker, Na(arrangement, dag, nu, random)));
            if (ronde < rondes)
            {
                Volgende(ref dag, 1, 10, vandaag, random);
                Stap(arrangement.BeantwoordVraag("Twee periodes verlengde instructie in de groep; het verslag van de orthopedagoog is bijgevoegd.", School, Na(arrangement, dag, nu, random)));
            }
        }

        if (eindpunt is Eindpunt.InBehandeling or Eindpunt.OpenVraag)
        {
            return arrangement;
        }

        Volgende(ref dag, 1, 20, vandaag, random);
        var beschikking = $"{leerling.Samenwerkingsverband.Waarde}-{dag.Year}-B{nummer:D6}";
        if (eindpunt == Eindpunt.Afgewezen)
        {
            return Stap(arrangement.WijsAf(beschikking, dag, "De gevraagde ondersteuning valt binnen de basisondersteuning van de school.", Medewerker, Na(arrangement, dag, nu, random)));
        }

        Stap(arrangement.KenToe(beschikking, dag, "Past bij de onderwijsbehoeften; de school zet zelf al in wat kan.", Medewerker, Na(arrangement, dag, nu, random)));
        if (eindpunt == Eindpunt.Toegekend)
        {
            return arrangement;
        }

        // Started on the first day of the period or a little later, and never before the decision.
        var startdatum = (dag > aanvraag.Ingangsdatum ? dag : aanvraag.Ingangsdatum).AddDays(random.Next(0, 8));
        if (startdatum > aanvraag.Einddatum)
        {
            startdatum = aanvraag.Einddatum;
        }

        Stap(arrangement.Start(startdatum, Arrangementtermijnen.Standaard, Uitvoerend(arrangement), Na(arrangement, startdatum, nu, random)));
        var grens = eindpunt == Eindpunt.Beeindigd ? Min(aanvraag.Einddatum, vandaag) : vandaag;
        var vorige = startdatum;

        // Evaluated a little before each evaluation is due; an overdue one skips the evaluation that would have
        // brought the next due date past today.
        while (arrangement.VolgendeEvaluatieUiterlijk is { } uiterlijk && uiterlijk < grens)
        {
            var datum = Max(vorige, uiterlijk.AddDays(-random.Next(0, 15)));
            if (eindpunt == Eindpunt.ActiefEvaluatieVerlopen && datum.AddMonths(Arrangementtermijnen.Standaard.EvaluatietermijnMaanden) >= vandaag)
            {
                break;
            }

            Evalueer(arrangement, datum, nu, random);
            vorige = datum;
        }

        if (eindpunt != Eindpunt.Beeindigd)
        {
            return arrangement;
        }

        // Most end on the last day of the period; some earlier, when the goals were reached.
        var beeindigdOp = Max(vorige, grens.AddDays(-(random.Next(4) == 0 ? random.Next(0, 60) : 0)));
        return Stap(arrangement.Beeindig(beeindigdOp, "De doelen zijn behaald; de school zet de aanpak voort in de basisondersteuning.", Uitvoerend(arrangement), Na(arrangement, beeindigdOp, nu, random)));
    }

    private static Aanvraag Aanvraag(int nummer, DateOnly ingang, DateOnly einde, Random random)
    {
        var doelen = Enumerable.Range(0, random.Next(1, 5)).Select(i => (string?)Doelen[(nummer + (i * 3)) % Doelen.Length]).ToList();
        var inhoud = IvoVelden.Van(
            "Twee keer per week een half uur individuele begeleiding.",
            random.Next(2) == 0 ? "Aangepast lesmateriaal." : null,
            random.Next(3) == 0 ? "Een prikkelarme werkplek." : null,
            "Specialist van het samenwerkingsverband.",
            random.Next(3) == 0 ? "Afstemming met het wijkteam." : null,
            "inhoud").Waarde;
        var toelichting = Toelichtingen[nummer % Toelichtingen.Length];
        return (random.Next(100)) switch
        {
            < 35 => new(SoortArrangement.Onderwijsarrangement, inhoud, doelen, ingang, einde, random.Next(10, 80), null,
                new Uitvoerder(random.Next(3) == 0 ? SoortUitvoerder.SboSo : SoortUitvoerder.School, "Eigen school", null, null), Bekostiger.Swv, toelichting),
            < 45 => new(SoortArrangement.OnderwijsJeugdhulparrangement, inhoud, doelen, ingang, einde, random.Next(10, 80), null,
                new Uitvoerder(SoortUitvoerder.School, "Eigen school met het wijkteam", null, null), Bekostiger.Swv, toelichting),
            < 70 => new(SoortArrangement.InzetExpert, inhoud, doelen, ingang, einde, random.Next(8, 60), null,
                new Uitvoerder(SoortUitvoerder.Expert, "Gedragsexpert SWV", null, null), Bekostiger.Swv, toelichting),
            < 85 => new(SoortArrangement.Middelen, inhoud, doelen, ingang, einde, null, random.Next(5, 150) * 100m,
                new Uitvoerder(SoortUitvoerder.School, "Eigen school", null, null), random.Next(4) == 0 ? Bekostiger.Bestuur : Bekostiger.Swv, toelichting),
            < 93 => new(SoortArrangement.DeeltijdplaatsingElders, inhoud, doelen, ingang, einde, random.Next(40, 200), null,
                new Uitvoerder(SoortUitvoerder.SboSo, "SBO De Brug", null, null), Bekostiger.Swv, toelichting),
            _ => new(SoortArrangement.ArrangementCluster12, inhoud, doelen, ingang, einde, random.Next(10, 60), null,
                new Uitvoerder(SoortUitvoerder.Oba, "Klankkast Ambulante Dienst", "202B001", "SLECHTHORENDHEID"), Bekostiger.Swv, toelichting),
        };
    }

    private static void Evalueer(Arrangement arrangement, DateOnly datum, DateTimeOffset nu, Random random)
    {
        var resultaten = arrangement.Doelen
            .Select(d => new Doelresultaat(d.Nummer, random.Next(3) > 0, random.Next(2) == 0 ? "Zichtbare vooruitgang in de groep." : null))
            .ToList();
        Stap(arrangement.Evalueer(
            datum, resultaten, "De leerling maakt vooruitgang; de aanpak blijft nodig.", random.Next(5) == 0 ? Vervolg.Bijstellen : Vervolg.Voortzetten,
            Arrangementtermijnen.Standaard,
            Uitvoerend(arrangement), Na(arrangement, datum, nu, random)));
    }

    /// <summary>Whoever provides the support takes its steps: the SWV's expert or the school.</summary>
    private static Actor Uitvoerend(Arrangement arrangement) => arrangement.Uitvoerder.Soort == SoortUitvoerder.Expert ? Deskundige : School;

    private static Arrangement Stap(PassendOnderwijs.Domain.Common.Result<Arrangement> uitkomst) =>
        uitkomst.IsGelukt ? uitkomst.Waarde : throw new InvalidOperationException($"Generated arrangement breaks a rule: {uitkomst.Fouten[0].Melding}");

    /// <summary>Moves <paramref name="dag"/> on by a few days, but never past today.</summary>
    private static void Volgende(ref DateOnly dag, int van, int tot, DateOnly vandaag, Random random) => dag = Min(dag.AddDays(random.Next(van, tot + 1)), vandaag);

    /// <summary>A working-hours moment on that day, never later than now.</summary>
    private static DateTimeOffset Op(DateOnly dag, DateTimeOffset nu, Random random)
    {
        var moment = new DateTimeOffset(dag.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero).AddMinutes(random.Next(0, 480));
        return moment < nu ? moment : nu;
    }

    /// <summary>Like <see cref="Op"/>, but not before the arrangement's last event, so its history stays in order.</summary>
    private static DateTimeOffset Na(Arrangement arrangement, DateOnly dag, DateTimeOffset nu, Random random)
    {
        var moment = Op(dag, nu, random);
        var vroegst = arrangement.GewijzigdOp.AddMinutes(1);
        return moment >= vroegst ? moment : (vroegst < nu ? vroegst : nu);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private enum Eindpunt
    {
        Aangevraagd,
        InBehandeling,
        OpenVraag,
        Toegekend,
        Afgewezen,
        Actief,
        ActiefEvaluatieVerlopen,
        Beeindigd,
    }
}
