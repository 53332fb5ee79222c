using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Portfolio.Middelen;
using PassendOnderwijs.Domain.UnitTests.Organisaties;

namespace PassendOnderwijs.Domain.UnitTests.Portfolio;

/// <summary>The rules of a grant (amounts, years, one per bestuur and year) and of its verantwoording (lines, OPP references, lifecycle).</summary>
public class MiddelenTests
{
    private static readonly Samenwerkingsverband Swv = OrganisatieMaker.NieuwSwv();
    private static readonly Schoolbestuur Bestuur = OrganisatieMaker.NieuwBestuur(Swv);
    private static readonly VestigingCode Eigen = VestigingCode.Parse("12AB00").Waarde;
    private static readonly VestigingCode Ander = VestigingCode.Parse("99ZZ00").Waarde;
    private static readonly VestigingCode[] Scholen = [Eigen, VestigingCode.Parse("34CD00").Waarde];
    private static readonly Actor Beleid = new("beleid", "Bea Beleid");
    private static readonly Actor Ib = new("ib", "Ineke IB");
    private static readonly DateTimeOffset Nu = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    private static Toekenninggegevens Gegevens(
        decimal? bedrag = 120_000m, Verdeelsleutel sleutel = Verdeelsleutel.PerLeerlingOpTeldatum, string? toelichting = null,
        params (VestigingCode, decimal?)[] scholen) =>
        new(bedrag, sleutel, toelichting, new DateOnly(2026, 1, 15), scholen);

    private static Middelentoekenning Toekenning(int jaar = 2025) =>
        Middelentoekenning.Leg(Bestuur, jaar, Gegevens(), Scholen, [], Beleid, Nu).Waarde;

    private static Regelinvoer Regel(string? resultaten = "Minder uitval.", decimal? besteed = 40_000m, Verantwoordingsniveau niveau = Verantwoordingsniveau.School, string? groep = null, VestigingCode? vestiging = null) =>
        new(niveau, vestiging ?? Eigen, groep, "Gedragsaanpak schoolbreed", "Training team, coaching in de klas", besteed, resultaten);

    private static Verantwoordingsinhoud Inhoud(params Regelinvoer[] regels) => new(regels, []);

    private static Verantwoording Concept(int jaar = 2025) =>
        Verantwoording.Start(Toekenning(jaar), Inhoud(Regel()), Scholen, Ib, Nu).Waarde;

    private static List<string> Codes(IUitkomst uitkomst) => uitkomst.Fouten.Select(f => f.Code).ToList();

    [Test]
    public void A_grant_keeps_amount_key_and_school_amounts_and_writes_its_history()
    {
        var toekenning = Middelentoekenning.Leg(Bestuur, 2026, Gegevens(scholen: (Eigen, 50_000m)), Scholen, [2025], Beleid, Nu).Waarde;

        (toekenning.Jaar, toekenning.Bedrag, toekenning.Verdeelsleutel, toekenning.SchoolbestuurId).ShouldBe((2026, 120_000m, Verdeelsleutel.PerLeerlingOpTeldatum, Bestuur.Id));
        toekenning.Scholen.ShouldBe([new Schoolbedrag("12AB00", 50_000m)]);
        toekenning.Gebeurtenissen.Single().Actie.ShouldBe(MiddelenGebeurtenis.Vastgelegd);
    }

    [Test]
    public void A_second_grant_for_the_same_bestuur_and_year_is_a_conflict()
    {
        var tweede = Middelentoekenning.Leg(Bestuur, 2025, Gegevens(), Scholen, [2025], Beleid, Nu);

        tweede.Soort.ShouldBe(FoutSoort.Conflict);
        Codes(tweede).ShouldBe(["toekenning-bestaat"]);
    }

    [Test]
    public void Every_problem_with_amounts_key_schools_and_year_is_listed_at_once()
    {
        var uitkomst = Middelentoekenning.Leg(
            Bestuur, 1999, Gegevens(bedrag: -1m, sleutel: Verdeelsleutel.Anders, scholen: [(Ander, 10m), (Eigen, 1.005m)]), Scholen, [], Beleid, Nu);

        uitkomst.Soort.ShouldBe(FoutSoort.Ongeldig);
        Codes(uitkomst).ShouldBe(["ongeldig-jaar", "bedrag-negatief", "toelichting-vereist", "school-van-ander-bestuur", "bedrag-in-centen"], ignoreOrder: true);
    }

    [Test]
    public void School_amounts_may_not_exceed_the_grant_and_a_school_is_named_once()
    {
        var uitkomst = Middelentoekenning.Leg(Bestuur, 2026, Gegevens(bedrag: 100m, scholen: [(Eigen, 80m), (Eigen, 30m)]), Scholen, [], Beleid, Nu);

        Codes(uitkomst).ShouldBe(["school-dubbel", "scholen-boven-bedrag"], ignoreOrder: true);
    }

    [Test]
    public void A_change_keeps_bestuur_and_year_and_adds_to_the_history()
    {
        var toekenning = Toekenning();
        toekenning.Wijzig(Gegevens(bedrag: 0m, sleutel: Verdeelsleutel.Anders, toelichting: "Alleen via projecten."), Scholen, Beleid, Nu).IsGelukt.ShouldBeTrue();

        (toekenning.Jaar, toekenning.Bedrag, toekenning.Toelichting).ShouldBe((2025, 0m, "Alleen via projecten."));
        toekenning.Gebeurtenissen.Select(g => g.Actie).ShouldBe([MiddelenGebeurtenis.Vastgelegd, MiddelenGebeurtenis.Gewijzigd]);
    }

    [Test]
    public void A_verantwoording_lists_every_problem_with_its_lines()
    {
        var opp = new OppVerwijzing(Guid.NewGuid(), Guid.NewGuid(), Ander);
        var inhoud = new Verantwoordingsinhoud(
            [Regel(besteed: null, niveau: Verantwoordingsniveau.Groep), Regel(groep: "5", vestiging: Ander) with { Doel = " " }],
            [new Leerlingregelinvoer(opp, -5m, null)]);

        var uitkomst = Verantwoording.Start(Toekenning(), inhoud, Scholen, Ib, Nu);

        uitkomst.Fouten.Select(f => (f.Code, f.Veld)).ShouldBe(
            [
                ("groep-vereist", "regels[0].groep"), ("bedrag-vereist", "regels[0].besteed"), ("school-van-ander-bestuur", "regels[1].vestiging"),
                ("groep-bij-schoolniveau", "regels[1].groep"), ("doel-vereist", "regels[1].doel"), ("opp-van-ander-bestuur", "leerlingregels[0].oppId"),
                ("bedrag-negatief", "leerlingregels[0].besteed"),
            ],
            ignoreOrder: true);
    }

    [Test]
    public void A_pupil_line_refers_to_an_opp_of_the_bestuur_once_and_counts_in_the_total()
    {
        var opp = new OppVerwijzing(Guid.NewGuid(), Guid.NewGuid(), Eigen);
        var dubbel = Verantwoording.Start(Toekenning(), new([Regel()], [new(opp, 1m, null), new(opp, 2m, null)]), Scholen, Ib, Nu);
        Codes(dubbel).ShouldBe(["opp-dubbel"]);

        var verantwoording = Verantwoording.Start(Toekenning(), new([Regel(besteed: 40_000m)], [new(opp, 2_500.50m, " Zie plan van aanpak. ")]), Scholen, Ib, Nu).Waarde;
        verantwoording.Leerlingregels.Single().ShouldBe(new Leerlingregel(opp.OppId, opp.LeerlingId, "12AB00", 2_500.50m, "Zie plan van aanpak."));
        verantwoording.Besteed.ShouldBe(42_500.50m);
        verantwoording.Status.ShouldBe(VerantwoordingStatus.Concept);
    }

    [Test]
    public void It_is_submitted_only_after_the_year_and_with_results_on_every_line()
    {
        var ditJaar = Concept(jaar: 2026);
        Codes(ditJaar.DienIn(new DateOnly(2026, 12, 31), Ib, Nu)).ShouldBe(["jaar-niet-voorbij"]);

        var zonderResultaat = Verantwoording.Start(Toekenning(), Inhoud(Regel(resultaten: null)), Scholen, Ib, Nu).Waarde;
        Codes(zonderResultaat.DienIn(new DateOnly(2026, 1, 5), Ib, Nu)).ShouldBe(["resultaten-vereist"]);

        var leeg = Verantwoording.Start(Toekenning(), Inhoud(), Scholen, Ib, Nu).Waarde;
        Codes(leeg.DienIn(new DateOnly(2026, 1, 5), Ib, Nu)).ShouldBe(["verantwoording-leeg"]);
        leeg.Status.ShouldBe(VerantwoordingStatus.Concept, "a refused step changes nothing");
    }

    [Test]
    public void Concept_ingediend_teruggestuurd_ingediend_besproken_with_the_history_and_events()
    {
        var verantwoording = Concept();
        verantwoording.DienIn(new DateOnly(2026, 1, 5), Ib, Nu).IsGelukt.ShouldBeTrue();
        verantwoording.IngediendOp.ShouldBe(new DateOnly(2026, 12, 4));
        Codes(verantwoording.WerkBij(Inhoud(Regel()), Scholen, Ib, Nu)).ShouldBe(["verantwoording-niet-in-concept"]);

        Codes(verantwoording.StuurTerug(" ", Beleid, Nu)).ShouldBe(["reden-vereist"]);
        verantwoording.StuurTerug("Splits de kosten per school.", Beleid, Nu).IsGelukt.ShouldBeTrue();
        verantwoording.Status.ShouldBe(VerantwoordingStatus.Concept);
        verantwoording.WerkBij(Inhoud(Regel(), Regel(vestiging: Scholen[1])), Scholen, Ib, Nu).IsGelukt.ShouldBeTrue();
        verantwoording.DienIn(new DateOnly(2026, 1, 5), Ib, Nu).IsGelukt.ShouldBeTrue();

        var vandaag = new DateOnly(2026, 12, 4);
        Codes(verantwoording.LegBesprekingVast(vandaag.AddDays(1), "Goed gesprek.", vandaag, Beleid, Nu)).ShouldBe(["datum-in-toekomst"]);
        Codes(verantwoording.LegBesprekingVast(null, null, vandaag, Beleid, Nu)).ShouldBe(["datum-vereist", "notitie-vereist"], ignoreOrder: true);
        verantwoording.LegBesprekingVast(vandaag, "Doelen gehaald; volgend jaar meer op groepsniveau.", vandaag, Beleid, Nu).IsGelukt.ShouldBeTrue();

        (verantwoording.Status, verantwoording.BesprokenOp).ShouldBe((VerantwoordingStatus.Besproken, vandaag));
        verantwoording.Gebeurtenissen.Select(g => g.Actie).ShouldBe(
            ["gestart", "ingediend", "teruggestuurd", "bijgewerkt", "ingediend", "besproken"]);
        verantwoording.Gebeurtenissen[2].Toelichting.ShouldBe("Splits de kosten per school.");
        verantwoording.DomainEvents.Select(e => e.GetType()).ShouldBe(
            [typeof(VerantwoordingIngediend), typeof(VerantwoordingTeruggestuurd), typeof(VerantwoordingIngediend), typeof(VerantwoordingBesproken)]);
        Codes(verantwoording.StuurTerug("Toch nog iets.", Beleid, Nu)).ShouldBe(["ongeldige-overgang"], "not after besproken");
    }

    [Test]
    public void The_table_says_who_takes_which_step()
    {
        var verantwoording = Concept();
        VerantwoordingLevenscyclus.Tabel.ToegestaneStappen(verantwoording, [Rol.SchoolMedewerker], []).ShouldBe([VerantwoordingStap.Indiening]);
        VerantwoordingLevenscyclus.Tabel.ToegestaneStappen(verantwoording, [Rol.SwvMedewerker], []).ShouldBeEmpty();
        verantwoording.DienIn(new DateOnly(2026, 1, 5), Ib, Nu);
        VerantwoordingLevenscyclus.Tabel.ToegestaneStappen(verantwoording, [Rol.SwvMedewerker], []).ShouldBeEmpty("only the beleidsmedewerker");
        VerantwoordingLevenscyclus.Tabel.ToegestaneStappen(verantwoording, [Rol.SwvMedewerker], [], [Functie.Beleidsmedewerker])
            .ShouldBe([VerantwoordingStap.Terugsturing, VerantwoordingStap.Bespreking]);
        VerantwoordingLevenscyclus.Tabel.ToegestaneStappen(verantwoording, [Rol.Expert, Rol.Ouder, Rol.Deskundige], []).ShouldBeEmpty();
    }
}
