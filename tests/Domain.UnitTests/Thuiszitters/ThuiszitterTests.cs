using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Termijnen;
using PassendOnderwijs.Domain.Thuiszitters;
using PassendOnderwijs.Domain.UnitTests.Organisaties;

using static PassendOnderwijs.Domain.UnitTests.Uitkomsten;

namespace PassendOnderwijs.Domain.UnitTests.Thuiszitters;

/// <summary>The register entry: who is a thuiszitter when, the 3-month aim, the plan's history and the end of an entry.</summary>
public sealed class ThuiszitterTests
{
    private static readonly DateOnly Vandaag = new(2027, 3, 29);
    private static readonly DateTimeOffset Nu = new(2027, 3, 29, 10, 0, 0, TimeSpan.Zero);
    private static readonly Actor Medewerker = new("swv-1", "Mark (SWV)");

    private static Leerling Sam(DateOnly? geboren = null) =>
        Leerling.Registreer(OrganisatieMaker.NieuweSchool(), "Sam", "Jansen", geboren ?? new DateOnly(2015, 5, 1), "6", Vandaag).Waarde;

    private static Thuiszittermelding Melding(Verzuimsoort soort, DateOnly sinds, Thuiszitreden? reden = Thuiszitreden.WachtenOpPlek, Vrijstellingsgrond? grond = null) =>
        new(soort, sinds, reden, grond, "Utrecht", "Lotte de Leerplicht", "030 123 45 67", "Deeltijd starten op De Brug.", "Terug naar SBO.");

    private static Thuiszitter Open(Verzuimsoort soort = Verzuimsoort.LangdurigRelatiefVerzuim, DateOnly? sinds = null) =>
        Gelukt(Thuiszitter.Meld(Sam(), "Noord", Melding(soort, sinds ?? Vandaag.AddDays(-40)), Medewerker, Nu));

    [Test]
    public void Relatief_verzuim_makes_a_thuiszitter_from_exactly_four_weeks_of_absence()
    {
        // Absent since 1 March: on 29 March the absence has lasted 28 days, 4 weeks.
        var vierWeken = Thuiszitter.Meld(Sam(), null, Melding(Verzuimsoort.LangdurigRelatiefVerzuim, new DateOnly(2027, 3, 1)), Medewerker, Nu);
        var eenDagTeKort = Thuiszitter.Meld(Sam(), null, Melding(Verzuimsoort.LangdurigRelatiefVerzuim, new DateOnly(2027, 3, 2)), Medewerker, Nu);

        vierWeken.IsGelukt.ShouldBeTrue();
        Thuiszitter.ThuiszitterVanaf(Verzuimsoort.LangdurigRelatiefVerzuim, new DateOnly(2027, 3, 1)).ShouldBe(new DateOnly(2027, 3, 29));
        eenDagTeKort.Soort.ShouldBe(FoutSoort.RegelGeschonden);
        eenDagTeKort.Codes().ShouldBe("verzuimSinds: nog-geen-thuiszitter");
        eenDagTeKort.Fouten[0].Melding.ShouldContain("vanaf 30 maart 2027");
    }

    [Test]
    public void Absoluut_verzuim_counts_from_the_first_day_but_not_before_the_child_is_five()
    {
        Thuiszitter.Meld(Sam(), null, Melding(Verzuimsoort.AbsoluutVerzuim, Vandaag), Medewerker, Nu).IsGelukt.ShouldBeTrue();
        Thuiszitter.ThuiszitterVanaf(Verzuimsoort.AbsoluutVerzuim, Vandaag).ShouldBe(Vandaag);

        var vier = Thuiszitter.Meld(Sam(new DateOnly(2022, 6, 1)), null, Melding(Verzuimsoort.AbsoluutVerzuim, Vandaag), Medewerker, Nu);
        vier.Codes().ShouldBe("soort: niet-leerplichtig");
    }

    [Test]
    public void A_vrijstelling_needs_its_ground_has_no_aim_and_is_never_a_thuiszitter()
    {
        var vrijstelling = Gelukt(Thuiszitter.Meld(
            Sam(), null, Melding(Verzuimsoort.Vrijstelling, Vandaag.AddDays(-3), reden: null, grond: Vrijstellingsgrond.Artikel5a), Medewerker, Nu));

        vrijstelling.Streefdatum.ShouldBeNull();
        Thuiszitter.ThuiszitterVanaf(Verzuimsoort.Vrijstelling, Vandaag).ShouldBeNull();
        Termijnentabel.Van(vrijstelling).ShouldBeEmpty();
        ThuiszitterLevenscyclus.Tabel.Werkvoorraad([Rol.SwvMedewerker], Vandaag.AddYears(1)).ShouldAllBe(w => !w.Filter.Compile()(vrijstelling));

        var zonderGrond = Thuiszitter.Meld(Sam(), null, Melding(Verzuimsoort.Vrijstelling, Vandaag, reden: Thuiszitreden.Anders), Medewerker, Nu);
        zonderGrond.Codes().ShouldBe("grond: grond-vereist, reden: reden-alleen-bij-thuiszitter");
    }

    [Test]
    public void Every_problem_with_the_input_is_listed_at_once()
    {
        var melding = new Thuiszittermelding(Verzuimsoort.AbsoluutVerzuim, Vandaag.AddDays(1), null, Vrijstellingsgrond.Artikel15, " ", null, "06 12345678", null, null);

        var fouten = Thuiszitter.Meld(Sam(), null, melding, Medewerker, Nu);

        fouten.Soort.ShouldBe(FoutSoort.Ongeldig);
        fouten.Codes().ShouldBe(
            "verzuimSinds: datum-in-toekomst, reden: reden-vereist, grond: grond-alleen-bij-vrijstelling, gemeente: gemeente-vereist, leerplichtambtenaarNaam: leerplichtambtenaar-vereist");
    }

    [TestCase("2027-01-15", "2027-04-15")]
    [TestCase("2026-11-30", "2027-02-28")]
    [TestCase("2027-11-30", "2028-02-29")]
    [TestCase("2027-01-31", "2027-04-30")]
    [TestCase("2027-12-31", "2028-03-31")]
    public void The_aim_is_three_calendar_months_after_the_first_day_and_a_missing_day_falls_on_the_month_end(string sinds, string streef)
    {
        Thuiszitter.StreefdatumVan(Verzuimsoort.AbsoluutVerzuim, DateOnly.Parse(sinds, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(DateOnly.Parse(streef, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Test]
    public void The_aim_is_a_term_of_the_deadline_table_while_the_entry_is_open()
    {
        var open = Open(sinds: new DateOnly(2027, 1, 10));

        var stand = Termijnentabel.Van(open).ShouldHaveSingleItem();
        stand.Soort.ShouldBe(Termijnsoort.ThuiszitterTerugkeer);
        stand.Vanaf.ShouldBe(new DateOnly(2027, 1, 10));
        stand.Uiterlijk.ShouldBe(new DateOnly(2027, 4, 10));
        stand.SignaalOp.ShouldBe(new DateOnly(2027, 3, 27));

        Gelukt(open.RegistreerTerugkeer(Vandaag, null, "Dagbesteding De Boog", null, Medewerker, Nu));
        Termijnentabel.Van(open).ShouldBeEmpty();
    }

    [Test]
    public void The_werkvoorraad_shows_an_open_thuiszitter_to_swv_staff_once_the_aim_is_near_or_passed()
    {
        var ver = Open(sinds: Vandaag.AddDays(-29));
        var dichtbij = Open(sinds: Vandaag.AddMonths(-3).AddDays(20));
        var voorbij = Open(sinds: Vandaag.AddMonths(-4));
        var horizon = Vandaag.AddDays(30);

        bool Wacht(Thuiszitter t, Rol rol) => ThuiszitterLevenscyclus.Tabel.Werkvoorraad([rol], horizon).Any(w => w.Filter.Compile()(t));

        Wacht(ver, Rol.SwvMedewerker).ShouldBeFalse();
        Wacht(dichtbij, Rol.SwvMedewerker).ShouldBeTrue();
        Wacht(voorbij, Rol.SwvMedewerker).ShouldBeTrue();
        Wacht(voorbij, Rol.SchoolMedewerker).ShouldBeFalse();
        voorbij.IsVerlopen(Vandaag).ShouldBeTrue();
        dichtbij.IsVerlopen(Vandaag).ShouldBeFalse();
    }

    [Test]
    public void Each_change_of_plan_or_perspective_is_kept_as_a_version_with_who_and_when()
    {
        var thuiszitter = Open();
        var later = Nu.AddDays(7);
        var collega = new Actor("swv-2", "Nina (SWV)");

        Gelukt(thuiszitter.WerkPlanBij(new Thuiszitterplan("Utrecht", "Lotte de Leerplicht", null, "Start op De Brug, 3 ochtenden.", "Terug naar SBO."), collega, later));
        Gelukt(thuiszitter.WerkPlanBij(new Thuiszitterplan("Utrecht", "Kees Leerplicht", "kees@utrecht.nl", "Start op De Brug, 3 ochtenden.", "Terug naar SBO."), collega, later));

        thuiszitter.Planversies.Count.ShouldBe(2);
        thuiszitter.Planversies[0].Plan.ShouldBe("Deeltijd starten op De Brug.");
        thuiszitter.Plan!.Plan.ShouldBe("Start op De Brug, 3 ochtenden.");
        thuiszitter.Plan.Door.ShouldBe(collega);
        thuiszitter.Plan.Op.ShouldBe(later);
        thuiszitter.Leerplichtambtenaar.ShouldBe(new Leerplichtambtenaar("Kees Leerplicht", "kees@utrecht.nl"));
        thuiszitter.Gebeurtenissen.Select(g => g.Actie).ShouldBe(["gemeld", "plan-bijgewerkt", "plan-bijgewerkt"]);
    }

    [Test]
    public void A_return_names_one_destination_a_valid_date_and_ends_the_entry()
    {
        var thuiszitter = Open(sinds: new DateOnly(2027, 1, 4));

        thuiszitter.RegistreerTerugkeer(null, null, null, null, Medewerker, Nu).Codes().ShouldBe("datum: datum-vereist, vestiging: bestemming-vereist");
        thuiszitter.RegistreerTerugkeer(new DateOnly(2027, 1, 1), OrganisatieMaker.NieuweSchool(), "Zorginstelling", null, Medewerker, Nu).Codes()
            .ShouldBe("datum: datum-voor-verzuim, andereBestemming: een-bestemming");
        thuiszitter.Status.ShouldBe(ThuiszitterStatus.Open);

        Gelukt(thuiszitter.RegistreerTerugkeer(new DateOnly(2027, 3, 22), OrganisatieMaker.NieuweSchool(), null, null, Medewerker, Nu));

        thuiszitter.Status.ShouldBe(ThuiszitterStatus.Teruggekeerd);
        thuiszitter.Terugkeer!.VestigingNaam.ShouldBe("De Regenboog");
        thuiszitter.TerugBinnenStreefdatum.ShouldBeTrue();
        thuiszitter.DuurInDagen(Vandaag.AddDays(100)).ShouldBe(77);
        thuiszitter.DomainEvents.OfType<ThuiszitterTeruggekeerd>().ShouldHaveSingleItem().BinnenStreefdatum.ShouldBeTrue();
        thuiszitter.Beeindig(Vandaag, Beeindigingsreden.Verhuisd, null, Medewerker, Nu).Soort.ShouldBe(FoutSoort.Conflict);
    }

    [Test]
    public void An_entry_ends_without_return_with_a_reason_and_anders_needs_a_note()
    {
        var thuiszitter = Open();

        thuiszitter.Beeindig(Vandaag, Beeindigingsreden.Anders, null, Medewerker, Nu).Codes().ShouldBe("toelichting: toelichting-vereist");
        Gelukt(thuiszitter.Beeindig(Vandaag, Beeindigingsreden.Verhuisd, null, Medewerker, Nu));

        thuiszitter.Status.ShouldBe(ThuiszitterStatus.Beeindigd);
        thuiszitter.Einddatum.ShouldBe(Vandaag);
        thuiszitter.WerkPlanBij(new Thuiszitterplan("Utrecht", null, null, null, null), Medewerker, Nu).Codes().ShouldBe(": ongeldige-overgang");
    }
}
