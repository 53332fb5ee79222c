using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Schooljaren;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Demo;

/// <summary>
/// Three OPP's of the demo pupils of Basisschool De Regenboog (a regular primary school, so the ROD dates show), each in
/// another part of its life, reached through the real steps (so history, terms and werkvoorraad are what the product
/// would make): Sanne's plan has two vastgestelde versions, the second with a changed handelingsdeel and the ouders'
/// new instemming, her reading support linked to her arrangement; Daan's concept had the overleg and the hoorrecht and
/// waits for the ouders' instemming; Noah's plan was vastgesteld this school year, has an evaluation moment planned in
/// three weeks and still has its begindatum to register in ROD. The demo has no SBO or SO pupil, so no plan of one.
/// Loaded once, after the organisations, with dates relative to today. All names are invented.
/// </summary>
internal static class DemoOntwikkelingsperspectiefplannen
{
    public static async Task LaadAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PassendOnderwijsDbContext>();
        var swvCode = SwvCode.Parse(DemoGegevens.DemoSamenwerkingsverband).Waarde;
        if (await db.Ontwikkelingsperspectiefplannen.IgnoreQueryFilters().AnyAsync(o => o.Samenwerkingsverband == swvCode, ct).ConfigureAwait(false))
        {
            return;
        }

        var leerlingen = await db.Leerlingen.IgnoreQueryFilters().Where(l => l.Samenwerkingsverband == swvCode).ToListAsync(ct).ConfigureAwait(false);
        var demo = await DemoAsync(db, swvCode, services.GetRequiredService<TimeProvider>().GetUtcNow(), leerlingen, ct).ConfigureAwait(false);
        if (demo is null || !leerlingen.Exists(l => l.Voornaam == "Sanne") || !leerlingen.Exists(l => l.Voornaam == "Daan") || !leerlingen.Exists(l => l.Voornaam == "Noah"))
        {
            return; // Not the demo organisations: nobody to write a plan for.
        }

        db.Ontwikkelingsperspectiefplannen.AddRange(demo.TweeVersies("Sanne"), demo.WachtOpInstemming("Daan"), demo.EvaluatieNadert("Noah"));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The demo IB'er who writes the plans of <paramref name="leerlingen"/>, as of <paramref name="nu"/> (the
    /// beleidsgeschiedenis takes a moment in a past schooljaar); null when the demo database has no IB'er.
    /// </summary>
    internal static async Task<Demo?> DemoAsync(PassendOnderwijsDbContext db, SwvCode swvCode, DateTimeOffset nu, List<Leerling> leerlingen, CancellationToken ct)
    {
        var scholen = await db.Scholen.IgnoreQueryFilters().Where(s => s.Samenwerkingsverband == swvCode).ToListAsync(ct).ConfigureAwait(false);
        var arrangementen = await db.Arrangementen.IgnoreQueryFilters().Where(a => a.Samenwerkingsverband == swvCode).ToListAsync(ct).ConfigureAwait(false);
        var ib = (await db.Gebruikers.IgnoreQueryFilters().Where(g => g.Samenwerkingsverband == swvCode && g.Rol == Rol.SchoolMedewerker).ToListAsync(ct)
            .ConfigureAwait(false)).Find(g => g.Email.Waarde == DemoGegevens.IbEmail);
        return ib is null ? null : new Demo(nu, new Actor(ib.Id.Waarde.ToString(), ib.Naam), leerlingen, scholen, arrangementen);
    }

    internal sealed record Demo(DateTimeOffset Nu, Actor Ib, List<Leerling> Leerlingen, List<School> Scholen, List<Arrangement> Arrangementen)
    {
        private DateOnly Vandaag => DateOnly.FromDateTime(Nu.UtcDateTime);

        private DateTimeOffset DagenGeleden(int dagen) => Nu.AddDays(-dagen);

        private static DateOnly Dag(DateTimeOffset moment) => DateOnly.FromDateTime(moment.UtcDateTime);

        /// <summary>
        /// Sanne: extra support started about eight months ago; version 1 vastgesteld within six weeks with the ouders'
        /// instemming and its begindatum registered in ROD; evaluated two months ago (a new version follows); version 2,
        /// with a changed handelingsdeel, vastgesteld a month ago after the ouders' new instemming.
        /// </summary>
        public Ontwikkelingsperspectiefplan TweeVersies(string voornaam)
        {
            var (opp, leerling) = Start(voornaam, Aanleiding.ExtraOndersteuning, dagenGeleden: 240);
            var arrangement = Arrangementen.Find(a => a.LeerlingId == leerling.Id)?.Id;
            var eerste = Inhoud(
                "Sanne leest eind groep 8 op AVI-niveau E6 en begrijpt teksten van haar leerjaar.",
                "Sanne leest over vier maanden op AVI-niveau M6.",
                new Ondersteuningsafspraak("Individuele leesbegeleiding", "Leesspecialist van het samenwerkingsverband", "Twee keer per week een half uur", arrangement),
                [Dag(DagenGeleden(120)), Dag(DagenGeleden(60))]);
            opp = Waarde(opp.WerkBij(eerste, Ib, DagenGeleden(235)));
            opp = Procedure(opp, 1, dagenGeleden: 215, "Moeder en vader van Sanne, leerkracht groep 6 en intern begeleider");
            opp = Waarde(opp.StelVast(Dag(DagenGeleden(212)), Ib, DagenGeleden(212)));
            opp = Waarde(opp.BevestigRodRegistratie(RodOnderdeel.Begindatum, Dag(DagenGeleden(205)), Ib, DagenGeleden(205)));

            opp = Waarde(opp.Evalueer(
                Dag(DagenGeleden(60)),
                "Moeder van Sanne, leerkracht en intern begeleider",
                [
                    new Doelresultaat(1, false, "Op weg: Sanne leest nu op AVI-niveau M6."),
                    new Doelresultaat(2, true, "Behaald in de toets van maart."),
                    new Doelresultaat(3, true, null),
                ],
                "Sanne gaat vooruit met lezen, maar begrijpend lezen blijft achter. Er komt een doel voor begrijpend lezen bij.",
                nieuweVersie: true,
                Ib,
                DagenGeleden(60)));
            opp = Waarde(opp.Herzie(Ib, DagenGeleden(50)));
            var tweede = Inhoud(
                "Sanne leest eind groep 8 op AVI-niveau E6 en begrijpt teksten van haar leerjaar.",
                "Sanne leest over drie maanden op AVI-niveau E6 en beantwoordt vragen bij een korte tekst.",
                new Ondersteuningsafspraak("Individuele lees- en begrip-begeleiding", "Leesspecialist van het samenwerkingsverband", "Twee keer per week drie kwartier", arrangement),
                [Dag(Nu.AddDays(45)), Dag(Nu.AddDays(150))]);
            opp = Waarde(opp.WerkBij(tweede, Ib, DagenGeleden(48)));
            opp = Procedure(opp, 2, dagenGeleden: 35, "Moeder van Sanne, leerkracht en intern begeleider");
            return Waarde(opp.StelVast(Dag(DagenGeleden(30)), Ib, DagenGeleden(30)));
        }

        /// <summary>
        /// Daan: his concept, shared with his ouders, had the overleg and the hoorrecht this week; the ouders have not
        /// answered on the handelingsdeel yet (they may in the portal).
        /// </summary>
        public Ontwikkelingsperspectiefplan WachtOpInstemming(string voornaam)
        {
            var (opp, leerling) = Start(voornaam, Aanleiding.ExtraOndersteuning, dagenGeleden: 20);
            var arrangement = Arrangementen.Find(a => a.LeerlingId == leerling.Id)?.Id;
            var inhoud = Inhoud(
                "Daan werkt eind groep 6 zelfstandig aan een taak van een half uur.",
                "Daan vraagt over zes weken zelf om een pauze als het hem te veel wordt, in plaats van weg te lopen.",
                new Ondersteuningsafspraak("Observatie in de klas en coaching van de leerkracht", "Gedragsexpert van het samenwerkingsverband", "Tien bezoeken van een uur", arrangement),
                [Dag(Nu.AddDays(60)), Dag(Nu.AddDays(180))]) with
            {
                Uitstroombestemming = Uitstroombestemming.VmboTheoretisch,
                OnderbouwingUitstroom = "Daan haalt voldoendes voor alle vakken; zijn gedrag bij overgangsmomenten remt zijn ontwikkeling.",
                BevorderendeFactoren = "Daan is slim en nieuwsgierig; de ouders werken goed met de school samen.",
                BelemmerendeFactoren = "Daan loopt meerdere keren per week vast bij overgangsmomenten en loopt dan de klas uit.",
                Afwijkingen = [],
            };
            opp = Waarde(opp.WerkBij(inhoud, Ib, DagenGeleden(15)));

            // Shared before the overleg, so his ouders read the plan in the portal and may answer there.
            opp = Waarde(opp.DeelConceptMetOuders(Ib, DagenGeleden(5)));
            opp = Waarde(opp.LegOverlegVast(Dag(DagenGeleden(4)), "Vader en moeder van Daan, leerkracht en intern begeleider",
                "De ouders herkennen het beeld. Zij willen thuis nadenken over het handelingsdeel en laten het binnen een week weten.", Ib, DagenGeleden(4)));
            return Waarde(opp.LegHoorrechtVast(true, Dag(DagenGeleden(3)), "Daan zegt dat hij een rustige plek wil als het druk wordt in de klas.", Ib, DagenGeleden(3)));
        }

        /// <summary>
        /// Noah: vastgesteld this school year with the ouders' instemming; the next evaluation moment of the plan is in
        /// three weeks, and the begindatum is still to be registered in ROD.
        /// </summary>
        public Ontwikkelingsperspectiefplan EvaluatieNadert(string voornaam)
        {
            var start = Math.Max(60, Math.Min(120, Vandaag.DayNumber - Schooljaar.Op(Vandaag).Begindatum.DayNumber));
            var (opp, _) = Start(voornaam, Aanleiding.ExtraOndersteuning, dagenGeleden: start);
            var inhoud = Inhoud(
                "Noah rekent eind groep 8 op het niveau van eind groep 6 en past rekenen toe in dagelijkse situaties.",
                "Noah beheerst over tien weken de tafels tot en met 10.",
                new Ondersteuningsafspraak("Rekenen in een kleine groep met de onderwijsassistent", "Onderwijsassistent", "Vier ochtenden per week twintig minuten", null),
                [Dag(Nu.AddDays(21)), Dag(Nu.AddDays(120))]) with
            {
                Uitstroombestemming = Uitstroombestemming.VmboBasis,
                OnderbouwingUitstroom = "Noah leest op niveau, maar rekenen ligt twee jaar achter; een praktische leerweg past bij hem.",
                Afwijkingen = [new Afwijking("Rekenen", "Eigen leerlijn rekenen, vanaf het niveau van groep 6", "Eind groep 6")],
            };
            opp = Waarde(opp.WerkBij(inhoud, Ib, DagenGeleden(start - 5)));
            opp = Procedure(opp, 1, dagenGeleden: start - 25, "Moeder van Noah, leerkracht groep 8 en intern begeleider");
            return Waarde(opp.StelVast(Dag(DagenGeleden(start - 28)), Ib, DagenGeleden(start - 28)));
        }

        public (Ontwikkelingsperspectiefplan Opp, Leerling Leerling) Start(string voornaam, Aanleiding aanleiding, int dagenGeleden)
        {
            var leerling = Leerlingen.Single(l => l.Voornaam == voornaam);
            var school = Scholen.Single(s => s.Vestiging == leerling.Vestiging);
            var opp = Waarde(Ontwikkelingsperspectiefplan.Start(
                new OppLeerling(leerling.Id, leerling.Naam, leerling.Vestiging, school.Soort, leerling.Samenwerkingsverband),
                aanleiding, Dag(DagenGeleden(dagenGeleden)), OppInhoud.Leeg, Ib, DagenGeleden(dagenGeleden)));
            return (opp, leerling);
        }

        /// <summary>The overleg with the ouders and the hoorrecht on <paramref name="dagenGeleden"/>, and the ouders' instemming two days later.</summary>
        public Ontwikkelingsperspectiefplan Procedure(Ontwikkelingsperspectiefplan opp, int versie, int dagenGeleden, string deelnemers)
        {
            var naam = opp.LeerlingNaam.Split(' ')[0];
            opp = Waarde(opp.LegOverlegVast(Dag(DagenGeleden(dagenGeleden)), deelnemers,
                $"De ouders herkennen {naam} in het plan en vinden de doelen haalbaar. Zij oefenen thuis tien minuten per dag mee.", Ib, DagenGeleden(dagenGeleden)));
            opp = Waarde(opp.LegHoorrechtVast(true, Dag(DagenGeleden(dagenGeleden)), $"{naam} vertelde wat helpt: een rustige plek en korte opdrachten.", Ib, DagenGeleden(dagenGeleden)));
            return Waarde(opp.LegInstemmingVast(versie, true, Dag(DagenGeleden(dagenGeleden - 2)), $"Moeder van {naam}", Instemmingswijze.OpPapier, null, Ib,
                DagenGeleden(dagenGeleden - 2)));
        }

        /// <summary>A complete plan for reading or arithmetic, with one long- and one short-term goal, a tussendoel for werkhouding, and the support.</summary>
        public static OppInhoud Inhoud(string langeTermijn, string korteTermijn, Ondersteuningsafspraak ondersteuning, IReadOnlyList<DateOnly> evaluatiemomenten) => new(
            Uitstroombestemming.VmboKader,
            "Rekenen gaat op niveau; technisch en begrijpend lezen blijven ruim een jaar achter. De toetsen van de afgelopen twee jaar laten hetzelfde beeld zien.",
            "Gemotiveerd en werkt graag samen; een goede band met de leerkracht; de ouders oefenen thuis mee.",
            "Leesachterstand van een jaar; raakt snel overprikkeld in de grote groep en verliest dan de aandacht.",
            [new Afwijking("Technisch lezen", "Eigen leerlijn lezen met extra herhaling", "AVI-niveau M6")],
            new Handelingsdeel(
                [
                    new OppDoel(Doeltermijn.LangeTermijn, "Lezen", langeTermijn),
                    new OppDoel(Doeltermijn.KorteTermijn, "Lezen", korteTermijn),
                    new OppDoel(Doeltermijn.Tussendoel, "Werkhouding", "Werkt twintig minuten zelfstandig aan een taak op een rustige plek."),
                ],
                [
                    ondersteuning,
                    new Ondersteuningsafspraak("Verlengde instructie in een kleine groep", "Leerkracht", "Dagelijks tien minuten", null),
                ],
                evaluatiemomenten,
                null));

        // Demo data walks the real steps; one that fails is a bug in this file, not an expected outcome.
        private static Ontwikkelingsperspectiefplan Waarde(Result<Ontwikkelingsperspectiefplan> uitkomst) =>
            uitkomst.IsGelukt
                ? uitkomst.Waarde
                : throw new InvalidOperationException("Demo OPP: " + string.Join(" ", uitkomst.Fouten.Select(f => f.Melding)));
    }
}
