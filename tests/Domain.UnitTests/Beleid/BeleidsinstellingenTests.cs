using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Matching;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ondersteuning;
using PassendOnderwijs.Domain.Organisaties;
using static PassendOnderwijs.Domain.UnitTests.Arrangementen.ArrangementMaker;

namespace PassendOnderwijs.Domain.UnitTests.Beleid;

public class BeleidsinstellingenTests
{
    private static readonly DateOnly Vandaag = new(2026, 11, 24);
    private static readonly DateTimeOffset NuOmTien = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private static SwvCode Po => SwvCode.Parse("PO2705").Waarde;

    private static Beleidswaarden Waarden(int behandeltermijnWeken = 6, int evaluatietermijnMaanden = 6, int? pro = null) =>
        Beleidswaarden.Lees(behandeltermijnWeken, evaluatietermijnMaanden, 2, 2, 2, pro, 12, 5, "SWV", null, null, null).Waarde;

    [Test]
    public void The_defaults_equal_the_former_constants()
    {
        var standaard = Beleidsinstellingen.Nieuw(Po).InWerkingOp(Vandaag);
        standaard.Arrangementtermijnen.ShouldBe(new Arrangementtermijnen(6, 6));
        standaard.KleineAantallenDrempel.ShouldBe(5);
        standaard.Tlvduur.Pro.ShouldBeNull();
        Beleidsinstellingen.InWerkingOp(null, SwvCode.Parse("VO2301").Waarde, Vandaag).Tlvduur.Pro.ShouldBe(6);
    }

    [Test]
    public void The_settings_in_force_on_a_day_are_the_newest_version_with_an_ingangsdatum_on_or_before_it()
    {
        var instellingen = Beleidsinstellingen.Nieuw(Po);
        instellingen.LegVast(Waarden(behandeltermijnWeken: 4), new DateOnly(2027, 1, 1), Vandaag, "a", NuOmTien).IsGelukt.ShouldBeTrue();
        instellingen.LegVast(Waarden(behandeltermijnWeken: 3), new DateOnly(2026, 12, 1), Vandaag, "a", NuOmTien).IsGelukt.ShouldBeTrue();
        instellingen.LegVast(Waarden(behandeltermijnWeken: 8), new DateOnly(2027, 1, 1), Vandaag, "a", NuOmTien).IsGelukt.ShouldBeTrue();

        instellingen.InWerkingOp(new DateOnly(2026, 11, 30)).BehandeltermijnWeken.ShouldBe(6);
        instellingen.InWerkingOp(new DateOnly(2026, 12, 1)).BehandeltermijnWeken.ShouldBe(3);
        instellingen.InWerkingOp(new DateOnly(2026, 12, 31)).BehandeltermijnWeken.ShouldBe(3);
        // Two versions from the same day: the later recorded one holds.
        instellingen.InWerkingOp(new DateOnly(2027, 3, 14)).BehandeltermijnWeken.ShouldBe(8);
        instellingen.Versies.Select(v => v.Nummer).ShouldBe([1, 2, 3]);
    }

    [Test]
    public void A_version_never_takes_effect_in_the_past()
    {
        var instellingen = Beleidsinstellingen.Nieuw(Po);

        var uitkomst = instellingen.LegVast(Waarden(), Vandaag.AddDays(-1), Vandaag, "a", NuOmTien);

        uitkomst.Fouten.ShouldHaveSingleItem().Code.ShouldBe("ingangsdatum-in-verleden");
        instellingen.Versies.ShouldBeEmpty();
        instellingen.LegVast(Waarden(), Vandaag, Vandaag, "a", NuOmTien).IsGelukt.ShouldBeTrue();
    }

    [Test]
    public void Praktijkonderwijs_belongs_to_a_vo_samenwerkingsverband_only()
    {
        Beleidsinstellingen.Nieuw(Po).LegVast(Waarden(pro: 4), Vandaag, Vandaag, "a", NuOmTien).Fouten.ShouldHaveSingleItem().Code.ShouldBe("pro-alleen-vo");
        Beleidsinstellingen.Nieuw(SwvCode.Parse("VO2301").Waarde).LegVast(Waarden(), Vandaag, Vandaag, "a", NuOmTien)
            .Fouten.ShouldHaveSingleItem().Code.ShouldBe("pro-vereist");
    }

    [Test]
    public void Every_value_out_of_range_is_reported_at_once()
    {
        var uitkomst = Beleidswaarden.Lees(0, 13, 0, 9, null, 0, 53, 21, "", "Plein 1", "12345", null);

        uitkomst.Fouten.Select(f => f.Veld).ShouldBe(
            [
                "behandeltermijnWeken", "evaluatietermijnMaanden", "tlvduur.sbo", "tlvduur.so", "tlvduur.vso", "tlvduur.pro",
                "herindicatiesignaalWeken", "kleineAantallenDrempel", "naam", "adres.postcode", "adres.plaats",
            ],
            ignoreOrder: true);
    }

    [Test]
    public void The_streefDeelnamepercentage_is_optional_from_50_to_100_with_one_decimal()
    {
        Beleidswaarden Lees(decimal? streef) =>
            Beleidswaarden.Lees(6, 6, 2, 2, 2, null, 26, 5, "SWV", null, null, null, null, streef).Waarde;
        Lees(null).StreefDeelnamepercentage.ShouldBeNull();
        Lees(96.5m).StreefDeelnamepercentage.ShouldBe(96.5m);
        foreach (var fout in new[] { 49.9m, 100.1m, 96.55m })
        {
            Beleidswaarden.Lees(6, 6, 2, 2, 2, null, 26, 5, "SWV", null, null, null, null, fout)
                .Fouten.ShouldHaveSingleItem().Veld.ShouldBe("streefDeelnamepercentage");
        }
    }

    [Test]
    public void The_procedure_en_criteria_are_optional_text_of_a_few_pages_at_most()
    {
        Beleidswaarden.Standaard(vo: false).ProcedureEnCriteria.ShouldBeNull();
        Beleidswaarden.Lees(6, 6, 2, 2, 2, null, 26, 5, "SWV", null, null, null, "  \n ").Waarde.ProcedureEnCriteria.ShouldBeNull();
        Beleidswaarden.Lees(6, 6, 2, 2, 2, null, 26, 5, "SWV", null, null, null, " Criteria.\n").Waarde.ProcedureEnCriteria.ShouldBe("Criteria.");
        Beleidswaarden.Lees(6, 6, 2, 2, 2, null, 26, 5, "SWV", null, null, null, new string('x', Beleidswaarden.MaximaleLengteProcedureEnCriteria + 1))
            .Fouten.ShouldHaveSingleItem().Veld.ShouldBe("procedureEnCriteria");
    }

    [Test]
    public void By_default_a_herindicatie_is_signalled_half_a_year_before_the_end()
    {
        Beleidswaarden.Standaard(vo: false).HerindicatiesignaalWeken.ShouldBe(26);
    }

    [Test]
    public void A_postcode_is_stored_with_its_space()
    {
        Beleidswaarden.Lees(6, 6, 2, 2, 2, null, 12, 5, "SWV", "Plein 1", "1234ab", "Ergens").Waarde.Adres!.Postcode.ShouldBe("1234 AB");
    }

    [Test]
    public void The_behandeldeadline_follows_the_term_passed_at_the_request()
    {
        var arrangement = Arrangement.VraagAan(Leerling(), GeldigeAanvraag(), new Arrangementtermijnen(2, 6), Ib, NuOmTien).Waarde;

        arrangement.Behandeldeadline.ShouldBe(new DateOnly(2026, 12, 8));
    }

    [Test]
    public void The_next_evaluation_follows_the_term_passed_at_the_start()
    {
        var arrangement = Toegekend();
        arrangement.Start(Ingang, new Arrangementtermijnen(6, 2), Ib, Om(Ingang)).IsGelukt.ShouldBeTrue();

        arrangement.VolgendeEvaluatieUiterlijk.ShouldBe(Ingang.AddMonths(2));
    }
}

public class SwvlogoTests
{
    [Test]
    public void A_png_is_recognised_by_its_signature()
    {
        Swvlogo.Herken([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).Waarde.ShouldBe(Swvlogo.Png);
    }

    [Test]
    public void An_svg_is_recognised_by_its_root_element()
    {
        Swvlogo.Herken("<?xml version=\"1.0\"?>\n<!-- logo -->\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8.ToArray()).Waarde.ShouldBe(Swvlogo.Svg);
    }

    [TestCase("GIF89a", "logo-geen-png-of-svg")]
    [TestCase("<html><svg/></html>", "logo-geen-png-of-svg")]
    [TestCase("", "logo-vereist")]
    public void Anything_else_is_refused(string inhoud, string code)
    {
        Swvlogo.Herken(System.Text.Encoding.UTF8.GetBytes(inhoud)).Fouten.ShouldHaveSingleItem().Code.ShouldBe(code);
    }

    [TestCase("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "<script>")]
    [TestCase("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:s=\"http://www.w3.org/2000/svg\"><s:SCRIPT/></svg>", "<SCRIPT>")]
    [TestCase("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", "onload")]
    [TestCase("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect OnClick=\"x()\"/></svg>", "OnClick")]
    [TestCase("<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><p>x</p></foreignObject></svg>", "<foreignObject>")]
    [TestCase("<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://example.org/a.png\"/></svg>", "href=")]
    [TestCase("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><use xlink:href=\"data:image/svg+xml,x\"/></svg>", "xlink:href=")]
    [TestCase("<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>", "geen geldige XML")]
    public void An_svg_that_can_run_script_or_fetch_something_is_refused(string inhoud, string gevonden)
    {
        var fout = Swvlogo.Herken(System.Text.Encoding.UTF8.GetBytes(inhoud)).Fouten.ShouldHaveSingleItem();
        fout.Code.ShouldBe("logo-svg-onveilig");
        fout.Melding.ShouldContain(gevonden);
    }

    [Test]
    public void An_svg_referring_only_to_itself_is_accepted()
    {
        const string svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n" +
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" opacity=\"1\">" +
            "<defs><circle id=\"c\" r=\"4\" style=\"fill:red\"/></defs><use xlink:href=\"#c\"/><use href=\" #c\"/></svg>";
        Swvlogo.Herken(System.Text.Encoding.UTF8.GetBytes(svg)).Waarde.ShouldBe(Swvlogo.Svg);
    }

    [Test]
    public void A_logo_over_the_limit_is_refused()
    {
        var groot = new byte[Swvlogo.MaximumBytes + 1];
        "<svg>"u8.CopyTo(groot);
        Swvlogo.Herken(groot).Fouten.ShouldHaveSingleItem().Code.ShouldBe("logo-te-groot");
    }

    private static Result<Beleidswaarden> MetInhoud(params (string? Soort, Result<IvoNiveaus> Niveaus)[] inhoud) =>
        Beleidswaarden.Lees(6, 6, 2, 2, 2, null, 26, 5, "SWV", null, null, null, arrangementinhoud: inhoud);

    private static Result<IvoNiveaus> Niveaus(int? expertise, int i = 0) => IvoNiveaus.Van(null, null, null, expertise, null, $"arrangementinhoud[{i}]");

    [Test]
    public void What_each_arrangement_kind_brings_is_kept_per_kind()
    {
        var waarden = MetInhoud(("inzet-expert", Niveaus(3)), ("middelen", IvoNiveaus.Van(null, 2, 1, null, null, "arrangementinhoud[1]"))).Waarde;

        waarden.Arrangementinhoud.ShouldBe(
        [
            new Arrangementinhoud(SoortArrangement.InzetExpert, new IvoNiveaus(null, null, null, Intensiteit.ZeerIntensief, null)),
            new Arrangementinhoud(SoortArrangement.Middelen, new IvoNiveaus(null, Intensiteit.Intensief, Intensiteit.Licht, null, null)),
        ]);
        MetInhoud().Waarde.Arrangementinhoud.ShouldBeEmpty();
    }

    [Test]
    public void Every_problem_with_the_arrangement_kinds_is_listed_on_its_own_field()
    {
        var uitkomst = MetInhoud(("middelen", Niveaus(2, 0)), ("middelen", Niveaus(1, 1)), ("onbekend", Niveaus(null, 2)), (null, Niveaus(7, 3)));

        uitkomst.Fouten.Select(f => (f.Code, f.Veld)).ShouldBe(
            [
                ("soort-dubbel", "arrangementinhoud[1].soort"),
                ("ongeldige-soort", "arrangementinhoud[2].soort"),
                ("niveau-ongeldig", "arrangementinhoud[3].niveaus.expertise"),
                ("ongeldige-soort", "arrangementinhoud[3].soort"),
            ],
            ignoreOrder: true);
    }
}
