using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.UnitTests.Begeleidingsaanbod;

public class OnderwijsbegeleidingsaanbiederTests
{
    private static readonly DateOnly Inbedrijf = new(2020, 8, 1);
    private static readonly ExpertiseCode Visueel = ExpertiseCode.Parse("VISUELE_BEPERKINGEN").Waarde;
    private static readonly ExpertiseCode Doof = ExpertiseCode.Parse("DOOFHEID").Waarde;
    private static readonly ExpertiseCode Gedrag = ExpertiseCode.Parse("GEDRAGSPROBLEMEN").Waarde;

    [Test]
    public void Registreer_reports_every_problem_at_once()
    {
        var uitkomst = Onderwijsbegeleidingsaanbieder.Registreer(
            "12A456",
            new string('x', Onderwijsbegeleidingsaanbieder.MaximaleLengteNaam + 1),
            internationaleNaam: null,
            Inbedrijf,
            bestuur: null,
            Onderwijsinstellingserkenning.Van("", 7, []),
            [Communicatiecontext.Van("algemeen", "geen-email", null, "http://onveilig.example", null, null, "communicatiecontexten[0]")],
            eigenaar: null);

        uitkomst.Fouten.Select(f => f.Code).ShouldBe(
        [
            "ongeldige-oba-code", "ongeldige-naam", "ongeldige-bestuur", "ongeldige-erkenningscode", "ongeldig-cluster",
            "licentie-vereist", "ongeldige-context", "ongeldig-emailadres", "ongeldige-website",
        ], ignoreOrder: true);
    }

    [Test]
    public void The_owning_swv_beheerder_and_a_register_beheerder_may_change_an_aanbieder_and_nobody_else()
    {
        var oba = Nieuw(Swv("PO2705"));

        oba.Eigenaar.ShouldBe(Swv("PO2705"));
        oba.MagWordenGewijzigdDoor(Registerbeheer.Van([Rol.SwvBeheerder], "PO2705")).ShouldBeTrue();
        oba.MagWordenGewijzigdDoor(Registerbeheer.Van([Rol.RegisterBeheerder], "PO2705")).ShouldBeTrue();
        oba.MagWordenGewijzigdDoor(Registerbeheer.Van([Rol.RegisterBeheerder], null)).ShouldBeTrue();
        oba.MagWordenGewijzigdDoor(Registerbeheer.Van([Rol.SwvBeheerder], "PO2706")).ShouldBeFalse();
        oba.MagWordenGewijzigdDoor(Registerbeheer.Van([Rol.SwvBeheerder], null)).ShouldBeFalse();
        oba.MagWordenGewijzigdDoor(Registerbeheer.Van([Rol.SwvMedewerker, Rol.Expert], "PO2705")).ShouldBeFalse();
        oba.MagWordenGewijzigdDoor(Registerbeheer.Geen).ShouldBeFalse();
    }

    [Test]
    public void A_refusal_is_forbidden_with_its_own_code_and_names_the_owner()
    {
        var weigering = Nieuw(Swv("PO2705")).ControleerBeheer(Registerbeheer.Van([Rol.SwvBeheerder], "VO2301"));

        weigering.Soort.ShouldBe(FoutSoort.Verboden);
        var fout = weigering.Fouten.ShouldHaveSingleItem();
        fout.Code.ShouldBe("niet-eigenaar");
        fout.Melding.ShouldContain("PO2705");
    }

    [Test]
    public void A_national_entry_is_changed_by_register_beheerders_only()
    {
        var oba = Nieuw(eigenaar: null);

        oba.MagWordenGewijzigdDoor(Registerbeheer.Landelijk).ShouldBeTrue();
        oba.ControleerBeheer(Registerbeheer.Van([Rol.SwvBeheerder], "PO2705")).Fouten.ShouldHaveSingleItem().Code.ShouldBe("niet-eigenaar");
    }

    [Test]
    public void An_swv_beheerder_registers_for_their_own_swv_and_a_register_beheerder_nationally()
    {
        Registerbeheer.Van([Rol.SwvBeheerder], "PO2705").EigenaarVanNieuweAanbieder.ShouldBe(Swv("PO2705"));
        Registerbeheer.Van([Rol.RegisterBeheerder], "PO2705").EigenaarVanNieuweAanbieder.ShouldBeNull();
        Registerbeheer.Van([Rol.RegisterBeheerder], "PO2705").MagRegistreren.ShouldBeTrue();
        Registerbeheer.Van([Rol.SwvBeheerder], "geen-code").MagRegistreren.ShouldBeFalse();
        Registerbeheer.Van([Rol.SwvMedewerker], "PO2705").MagRegistreren.ShouldBeFalse();
    }

    [Test]
    public void Only_what_the_licence_allows_may_be_offered()
    {
        var oba = Nieuw();

        var toegestaan = oba.BiedAan(Visueel, Periode(2026, null), Werkgebied.Landelijk, 40);
        var niet = oba.BiedAan(Gedrag, Periode(2026, null), Werkgebied.Landelijk, null);

        toegestaan.IsGelukt.ShouldBeTrue();
        niet.Soort.ShouldBe(FoutSoort.RegelGeschonden);
        niet.Fouten.ShouldHaveSingleItem().Code.ShouldBe("expertise-niet-in-licentie");
    }

    [Test]
    public void Offers_of_one_expertise_may_not_overlap()
    {
        var oba = Nieuw();
        oba.BiedAan(Visueel, Periode(2026, 2027), Werkgebied.Landelijk, null);

        oba.BiedAan(Visueel, Periode(2027, null), Werkgebied.Landelijk, null).Fouten.ShouldHaveSingleItem().Code.ShouldBe("overlappend-aanbod");
        oba.BiedAan(Visueel, Periode(2028, null), Werkgebied.Landelijk, null).IsGelukt.ShouldBeTrue();
        oba.BiedAan(Doof, Periode(2026, null), Werkgebied.Landelijk, null).IsGelukt.ShouldBeTrue();
    }

    [Test]
    public void An_offer_must_lie_within_the_service_period()
    {
        var oba = Nieuw();

        oba.BiedAan(Visueel, Periode(2019, null), Werkgebied.Landelijk, null).Fouten.ShouldHaveSingleItem().Code.ShouldBe("periode-buiten-bedrijf");
    }

    [Test]
    public void Taken_out_of_service_it_offers_nothing_after_that_date()
    {
        var oba = Nieuw();
        oba.BiedAan(Visueel, Periode(2026, null), Werkgebied.Landelijk, null);
        oba.BiedAan(Doof, Periode(2028, null), Werkgebied.Landelijk, null);
        var laatsteDag = new DateOnly(2027, 7, 31);

        oba.NeemUitBedrijf(laatsteDag).IsGelukt.ShouldBeTrue();

        oba.Aanbod.ShouldHaveSingleItem().Periode.Einddatum.ShouldBe(laatsteDag);
        oba.IsInBedrijfOp(laatsteDag.AddDays(1)).ShouldBeFalse();
        oba.BiedAan(Doof, Periode(2026, null), Werkgebied.Landelijk, null).Fouten.ShouldHaveSingleItem().Code.ShouldBe("periode-buiten-bedrijf");
        oba.NeemUitBedrijf(Inbedrijf.AddDays(-1)).Fouten.ShouldHaveSingleItem().Code.ShouldBe("uitbedrijf-voor-inbedrijf");
    }

    [Test]
    public void Ending_an_offer_cuts_it_off_and_an_unknown_offer_is_not_found()
    {
        var oba = Nieuw();
        var aanbod = oba.BiedAan(Visueel, Periode(2026, null), Werkgebied.Landelijk, null).Waarde;

        oba.BeeindigAanbod(aanbod.Id, new DateOnly(2026, 12, 31)).IsGelukt.ShouldBeTrue();

        aanbod.Periode.Einddatum.ShouldBe(new DateOnly(2026, 12, 31));
        oba.BeeindigAanbod(Guid.NewGuid(), new DateOnly(2026, 12, 31)).Soort.ShouldBe(FoutSoort.NietGevonden);
    }

    [Test]
    public void Contact_details_are_replaced_whole_and_never_left_empty()
    {
        var oba = Nieuw();

        oba.WijzigContactgegevens([]).Fouten.ShouldHaveSingleItem().Code.ShouldBe("contact-vereist");
        oba.WijzigContactgegevens([Context("AANMELDEN")]).IsGelukt.ShouldBeTrue();
        oba.Communicatiecontexten.ShouldHaveSingleItem().Context.ShouldBe("AANMELDEN");
    }

    [TestCase(new[] { "PO2705" }, new string[0], "PO2705", null, true)]
    [TestCase(new string[0], new[] { "3811" }, null, "3811AB", true)]
    [TestCase(new[] { "PO2705" }, new string[0], "VO2301", "3811AB", false)]
    [TestCase(new string[0], new string[0], "VO2301", null, true)]
    public void A_werkgebied_covers_its_swvs_and_postcode_areas_or_the_whole_country(string[] swvs, string[] postcodes, string? swv, string? postcode, bool omvat) =>
        Werkgebied.Van(swvs, postcodes).Waarde.Omvat(swv, postcode).ShouldBe(omvat);

    [Test]
    public void A_werkgebied_refuses_malformed_areas() =>
        Werkgebied.Van(["PO27"], ["0123", "12345"]).Fouten.Count.ShouldBe(3);

    [Test]
    public void A_period_cannot_end_before_it_begins() =>
        Domain.Begeleidingsaanbod.Periode.Van(new DateOnly(2026, 8, 1), new DateOnly(2026, 7, 31)).Fouten.ShouldHaveSingleItem().Code.ShouldBe("omgekeerde-periode");

    private static SwvCode Swv(string code) => SwvCode.Parse(code).Waarde;

    private static Periode Periode(int beginjaar, int? eindjaar) =>
        Domain.Begeleidingsaanbod.Periode.Van(new DateOnly(beginjaar, 8, 1), eindjaar is { } e ? new DateOnly(e + 1, 7, 31) : null).Waarde;

    private static Result<Communicatiecontext> Context(string context) =>
        Communicatiecontext.Van(context, "info@visio.example", "030 123 45 67", "https://visio.example", "Loket", null, "communicatiecontexten[0]");

    private static Onderwijsbegeleidingsaanbieder Nieuw(SwvCode? eigenaar = null) =>
        Onderwijsbegeleidingsaanbieder.Registreer(
            "123A456",
            "Ambulante dienst Zicht",
            "Visual impairment outreach",
            Inbedrijf,
            "Stichting Zicht",
            Onderwijsinstellingserkenning.Van("ERK-01", 1, ["VISUELE_BEPERKINGEN", "DOOFHEID"]),
            [Context("ALGEMEEN")],
            eigenaar).Waarde;
}
