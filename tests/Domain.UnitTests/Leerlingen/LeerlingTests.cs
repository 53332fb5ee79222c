using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Ondersteuning;
using PassendOnderwijs.Domain.UnitTests.Organisaties;

namespace PassendOnderwijs.Domain.UnitTests.Leerlingen;

public class LeerlingTests
{
    private static readonly DateOnly Vandaag = new(2026, 11, 24);
    private static readonly DateOnly Geboren = new(2017, 3, 1);

    [Test]
    public void Registreer_places_the_pupil_at_the_school_with_trimmed_details()
    {
        var leerling = Leerling.Registreer(OrganisatieMaker.NieuweSchool(), " Sam ", " de Vries ", Geboren, " 5B ", Vandaag).Waarde;

        leerling.Samenwerkingsverband.Waarde.ShouldBe("PO2705");
        leerling.Vestiging.Waarde.ShouldBe("12AB00");
        (leerling.Voornaam, leerling.Achternaam, leerling.Naam).ShouldBe(("Sam", "de Vries", "Sam de Vries"));
        leerling.Geboortedatum.ShouldBe(Geboren);
        leerling.Groep.ShouldBe("5B");
        leerling.Ondersteuningsbehoeften.ShouldBe(Ondersteuningsbehoeften.Leeg);
        leerling.Id.ShouldNotBe(Guid.Empty);
    }

    [Test]
    public void Registreer_reports_every_missing_field_at_once()
    {
        var uitkomst = Leerling.Registreer(OrganisatieMaker.NieuweSchool(), null, " ", null, "", Vandaag);

        uitkomst.Soort.ShouldBe(FoutSoort.Ongeldig);
        uitkomst.Fouten.Select(f => $"{f.Veld}: {f.Code}").ShouldBe(
        [
            "voornaam: voornaam-vereist", "achternaam: achternaam-vereist", "groep: groep-vereist", "geboortedatum: geboortedatum-vereist",
        ], ignoreOrder: true);
    }

    [Test]
    public void Names_and_groep_have_a_maximum_length() =>
        Leerling.Registreer(
                OrganisatieMaker.NieuweSchool(),
                new string('v', Leerling.MaximaleLengteNaam + 1),
                new string('a', Leerling.MaximaleLengteNaam),
                Geboren,
                new string('g', Leerling.MaximaleLengteGroep + 1),
                Vandaag)
            .Fouten.Select(f => $"{f.Veld}: {f.Code}").ShouldBe(["voornaam: tekst-te-lang", "groep: tekst-te-lang"], ignoreOrder: true);

    [TestCase(1, Description = "tomorrow")]
    [TestCase(-30 * 366, Description = "more than thirty years ago")]
    public void An_improbable_birth_date_is_refused(int dagen)
    {
        var fout = Leerling.Registreer(OrganisatieMaker.NieuweSchool(), "Sam", "Jansen", Vandaag.AddDays(dagen), "5", Vandaag).Fouten.ShouldHaveSingleItem();

        (fout.Veld, fout.Code).ShouldBe(("geboortedatum", "onwaarschijnlijke-geboortedatum"));
    }

    [Test]
    public void A_birth_date_exactly_thirty_years_ago_is_still_accepted()
    {
        var school = OrganisatieMaker.NieuweSchool();

        Leerling.Registreer(school, "Sam", "Jansen", Vandaag.AddYears(-30), "5", Vandaag).IsGelukt.ShouldBeTrue();
        Leerling.Registreer(school, "Sam", "Jansen", Vandaag.AddYears(-30).AddDays(-1), "5", Vandaag).IsGelukt.ShouldBeFalse();
    }

    [Test]
    public void The_needs_are_laid_down_whole()
    {
        var leerling = Leerling.Registreer(OrganisatieMaker.NieuweSchool(), "Sam", "Jansen", Geboren, "5", Vandaag).Waarde;
        var behoeften = Ondersteuningsbehoeften.Van("Sport", null, IvoVelden.Leeg, null, "Graag structuur").Waarde;

        leerling.LegOndersteuningsbehoeftenVast(behoeften).Ondersteuningsbehoeften.ShouldBeSameAs(behoeften);
    }

    [Test]
    public void A_pupil_keeps_only_a_four_digit_postcode_area()
    {
        var leerling = Leerling.Registreer(OrganisatieMaker.NieuweSchool(), "Sam", "de Vries", Geboren, "5B", Vandaag, " 3811 ").Waarde;

        leerling.Postcodegebied.ShouldBe("3811");
        leerling.LegPostcodegebiedVast("").Waarde.Postcodegebied.ShouldBeNull();
        leerling.LegPostcodegebiedVast("3811AB").Fouten.Single().Code.ShouldBe("ongeldig-postcodegebied");
        leerling.LegPostcodegebiedVast("0123").Fouten.Single().Veld.ShouldBe("postcodegebied");
        Leerling.Registreer(OrganisatieMaker.NieuweSchool(), null, "de Vries", Geboren, "5B", Vandaag, "38").Fouten
            .Select(f => f.Veld).ShouldBe(["postcodegebied", "voornaam"], ignoreOrder: true);
    }

    [Test]
    public void The_area_of_a_full_postcode_is_its_first_four_digits()
    {
        Leerling.PostcodegebiedVan("7311BA").ShouldBe("7311");
        Leerling.PostcodegebiedVan(" 7311 BA ").ShouldBe("7311");
        Leerling.PostcodegebiedVan("B-1000").ShouldBeNull();
        Leerling.PostcodegebiedVan(null).ShouldBeNull();
    }
}
