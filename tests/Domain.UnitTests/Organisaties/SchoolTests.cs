using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ondersteuning;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.UnitTests.Organisaties;

public class SchoolTests
{
    [Test]
    public void Registreer_places_the_school_in_its_swv_bestuur_and_indeling()
    {
        var swv = OrganisatieMaker.SwvMetIndeling();
        var bestuur = OrganisatieMaker.NieuwBestuur(swv);

        var school = School.Registreer(swv, bestuur, OrganisatieMaker.Regenboog, " De Regenboog ", SoortSchool.Sbo, "Noord", "Dorp", alGeregistreerdIn: []).Waarde;

        school.Vestiging.Waarde.ShouldBe("12AB00");
        school.Samenwerkingsverband.ShouldBe(swv.Code);
        school.SchoolbestuurId.ShouldBe(bestuur.Id);
        school.Naam.ShouldBe("De Regenboog");
        school.Soort.ShouldBe(SoortSchool.Sbo);
        (school.Regio, school.LokaalNetwerk).ShouldBe(("Noord", "Dorp"));
        school.Ondersteuningsprofiel.ShouldBe(IvoVelden.Leeg);
    }

    [Test]
    public void A_school_is_known_by_its_samenwerkingsverband_and_its_vestiging()
    {
        var school = OrganisatieMaker.NieuweSchool();

        school.Id.ShouldBe(new SchoolId(SwvCode.Parse("PO2705").Waarde, OrganisatieMaker.Regenboog));
        school.Id.ShouldNotBe(new SchoolId(SwvCode.Parse("VO2705").Waarde, OrganisatieMaker.Regenboog));
    }

    [TestCase("VO2705")]
    [TestCase("VO2301")]
    public void A_vestiging_that_is_a_school_in_a_samenwerkingsverband_of_the_other_sector_may_join(string ander)
    {
        var swv = OrganisatieMaker.NieuwSwv();

        var school = RegistreerNaast(swv, ander).Waarde;

        (school.Samenwerkingsverband, school.Vestiging).ShouldBe((swv.Code, OrganisatieMaker.Regenboog));
    }

    [TestCase("PO2705", "PO2706", "primair onderwijs")]
    [TestCase("VO2301", "VO2705", "voortgezet onderwijs")]
    public void A_vestiging_that_is_a_school_in_another_samenwerkingsverband_of_the_same_sector_is_a_conflict_naming_the_sector(
        string code, string ander, string sector)
    {
        var fout = RegistreerNaast(OrganisatieMaker.NieuwSwv(code), ander, "VO2999").Fouten.ShouldHaveSingleItem();

        (fout.Soort, fout.Code).ShouldBe((FoutSoort.Conflict, "school-bestaat"));
        fout.Melding.ShouldBe($"Vestiging 12AB00 is al een school in een ander samenwerkingsverband voor {sector}; een vestiging hoort bij één samenwerkingsverband per sector.");
    }

    [TestCase("PO2705")]
    [TestCase("VO2705")]
    public void A_vestiging_that_is_a_school_in_this_samenwerkingsverband_already_is_a_conflict(string code)
    {
        var fout = RegistreerNaast(OrganisatieMaker.NieuwSwv(code), code).Fouten.ShouldHaveSingleItem();

        (fout.Soort, fout.Code, fout.Melding).ShouldBe((FoutSoort.Conflict, "school-bestaat", "Vestiging 12AB00 is al geregistreerd."));
    }

    [Test]
    public void Wijzig_applies_the_registration_rules_and_keeps_the_ondersteuningsprofiel()
    {
        var swv = OrganisatieMaker.SwvMetIndeling();
        var ander = Schoolbestuur.Registreer(swv.Code, "41235", "Stichting Ander").Waarde;
        var school = School.Registreer(swv, OrganisatieMaker.NieuwBestuur(swv), OrganisatieMaker.Regenboog, "De Regenboog", SoortSchool.Bao, null, null, alGeregistreerdIn: []).Waarde
            .LegOndersteuningsprofielVast(IvoVelden.Van("Kleine groepen.", null, null, null, null, "profiel").Waarde);

        var geweigerd = school.Wijzig(swv, ander, "", SoortSchool.Sbo, "Oost", null);
        geweigerd.Fouten.Select(f => f.Code).ShouldBe(["naam-vereist", "onbekende-indeling"], ignoreOrder: true);
        (school.Naam, school.Soort, school.Regio).ShouldBe(("De Regenboog", SoortSchool.Bao, null), "a refused change changes nothing");

        school.Wijzig(swv, ander, " De Boog ", SoortSchool.Sbo, "Zuid", "Haven").IsGelukt.ShouldBeTrue();
        (school.Naam, school.Soort, school.SchoolbestuurId, school.Regio, school.LokaalNetwerk).ShouldBe(("De Boog", SoortSchool.Sbo, ander.Id, "Zuid", "Haven"));
        school.Ondersteuningsprofiel.AandachtEnTijd.ShouldBe("Kleine groepen.");
    }

    [Test]
    public void A_schoolbestuur_is_renamed_only_to_a_valid_name()
    {
        var bestuur = OrganisatieMaker.NieuwBestuur(OrganisatieMaker.NieuwSwv());

        bestuur.Hernoem(" ").Fouten.ShouldHaveSingleItem().Code.ShouldBe("naam-vereist");
        bestuur.Hernoem(" Stichting Nieuw ").IsGelukt.ShouldBeTrue();
        bestuur.Naam.ShouldBe("Stichting Nieuw");
    }

    [Test]
    public void A_school_may_name_only_its_regio_or_nothing()
    {
        var swv = OrganisatieMaker.SwvMetIndeling();

        Registreer(swv, "Zuid", null).IsGelukt.ShouldBeTrue();
        Registreer(swv, null, null).IsGelukt.ShouldBeTrue();
    }

    [Test]
    public void A_bestuur_of_another_swv_is_refused()
    {
        var swv = OrganisatieMaker.NieuwSwv();
        var ander = OrganisatieMaker.NieuwBestuur(OrganisatieMaker.NieuwSwv("VO2301"));

        var fout = School.Registreer(swv, ander, OrganisatieMaker.Regenboog, "De Regenboog", SoortSchool.Bao, null, null, alGeregistreerdIn: []).Fouten.ShouldHaveSingleItem();

        (fout.Veld, fout.Code).ShouldBe(("schoolbestuur", "onbekend-schoolbestuur"));
    }

    [Test]
    public void A_lokaal_netwerk_needs_its_regio()
    {
        var fout = Registreer(OrganisatieMaker.SwvMetIndeling(), null, "Stad").Fouten.ShouldHaveSingleItem();

        (fout.Veld, fout.Code).ShouldBe(("regio", "regio-vereist"));
    }

    [TestCase("Oost", null)]
    [TestCase("Noord", "Haven")]
    [TestCase("Zuid", "Onbekend")]
    public void A_regio_or_netwerk_outside_the_indeling_is_refused(string regio, string? netwerk) =>
        Registreer(OrganisatieMaker.SwvMetIndeling(), regio, netwerk).Fouten.ShouldHaveSingleItem().Code.ShouldBe("onbekende-indeling");

    [Test]
    public void Registreer_reports_every_problem_at_once()
    {
        var swv = OrganisatieMaker.NieuwSwv();
        var ander = OrganisatieMaker.NieuwBestuur(OrganisatieMaker.NieuwSwv("PO2706"));

        School.Registreer(swv, ander, OrganisatieMaker.Regenboog, "", SoortSchool.Bao, null, "Stad", alGeregistreerdIn: []).Fouten.Select(f => f.Code)
            .ShouldBe(["naam-vereist", "onbekend-schoolbestuur", "regio-vereist"], ignoreOrder: true);
    }

    [Test]
    public void The_ondersteuningsprofiel_is_laid_down_whole()
    {
        var school = OrganisatieMaker.NieuweSchool();
        var profiel = IvoVelden.Van(null, null, "Prikkelarme ruimte", null, null, "ondersteuningsprofiel").Waarde;

        school.LegOndersteuningsprofielVast(profiel).Ondersteuningsprofiel.RuimtelijkeOmgeving.ShouldBe("Prikkelarme ruimte");
    }

    /// <summary>Registers De Regenboog in <paramref name="swv"/> while its vestiging is a school in <paramref name="alIn"/>.</summary>
    private static Result<School> RegistreerNaast(Samenwerkingsverband swv, params string[] alIn) =>
        School.Registreer(swv, OrganisatieMaker.NieuwBestuur(swv), OrganisatieMaker.Regenboog, "De Regenboog", SoortSchool.So, null, null,
            [.. alIn.Select(c => SwvCode.Parse(c).Waarde)]);

    private static Result<School> Registreer(Samenwerkingsverband swv, string? regio, string? netwerk) =>
        School.Registreer(swv, OrganisatieMaker.NieuwBestuur(swv), OrganisatieMaker.Regenboog, "De Regenboog", SoortSchool.Bao, regio, netwerk, alGeregistreerdIn: []);
}
