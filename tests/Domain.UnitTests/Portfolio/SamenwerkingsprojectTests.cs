using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Samenwerkingsprojecten;
using PassendOnderwijs.Domain.UnitTests.Organisaties;

namespace PassendOnderwijs.Domain.UnitTests.Portfolio;

/// <summary>A project's plan before its year (else a correction with a reason), the regio, the budget and the yearly evaluations.</summary>
public class SamenwerkingsprojectTests
{
    private static readonly string[] Regios = ["Noord", "Zuid"];
    private static readonly Actor Beleid = new("beleid", "Bea Beleid");
    private static readonly DateTimeOffset Nu = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Vandaag = new(2026, 12, 4);

    private static Projectgegevens Gegevens(int? jaar = 2027, string? regio = "Noord", decimal? begroting = 25_000m) =>
        new(regio, "Jonge kind in de wijk", "Vroeg signaleren samen met de kinderopvang.", ["GGD Noord", "Kinderopvang De Vlinder"], jaar, "Vier bijeenkomsten en een gedeelde werkwijze.", begroting);

    private static Samenwerkingsproject Project() =>
        Samenwerkingsproject.Leg(OrganisatieMaker.NieuwSwv().Code, Regios, Gegevens(), null, Vandaag, Beleid, Nu).Waarde;

    private static List<string> Codes(Result<Samenwerkingsproject> uitkomst) => uitkomst.Fouten.Select(f => f.Code).ToList();

    [Test]
    public void A_plan_for_next_year_is_recorded_with_its_budget()
    {
        var project = Project();

        (project.Regio, project.Jaar, project.Begroting, project.PlanVastgelegdOp, project.Gecorrigeerd).ShouldBe(("Noord", 2027, 25_000m, Vandaag, false));
        project.Partners.ShouldBe(["GGD Noord", "Kinderopvang De Vlinder"]);
        project.Gebeurtenissen.Single().Actie.ShouldBe(ProjectGebeurtenis.Vastgelegd);
    }

    [Test]
    public void A_plan_for_a_year_that_began_is_refused_without_a_correction_reason_with_every_other_problem()
    {
        var uitkomst = Samenwerkingsproject.Leg(
            OrganisatieMaker.NieuwSwv().Code, Regios, Gegevens(jaar: 2026, regio: "Oost", begroting: -1m) with { Titel = "" }, null, Vandaag, Beleid, Nu);

        Codes(uitkomst).ShouldBe(["onbekende-regio", "titel-vereist", "bedrag-negatief", "jaar-begonnen"], ignoreOrder: true);
    }

    [Test]
    public void A_correction_with_a_reason_is_allowed_and_kept_in_the_history()
    {
        var project = Samenwerkingsproject.Leg(OrganisatieMaker.NieuwSwv().Code, Regios, Gegevens(jaar: 2026), "Plan kwam pas in januari rond.", Vandaag, Beleid, Nu).Waarde;

        project.Gecorrigeerd.ShouldBeTrue();
        project.Gebeurtenissen.Single().ShouldBe(new Gebeurtenis(Nu, Beleid, ProjectGebeurtenis.Gecorrigeerd, "Plan kwam pas in januari rond."));
    }

    [Test]
    public void Evaluations_are_per_year_from_the_plan_year_to_now_and_replace_the_same_year()
    {
        var project = Samenwerkingsproject.Leg(OrganisatieMaker.NieuwSwv().Code, Regios, Gegevens(jaar: 2025), "Nagekomen.", Vandaag, Beleid, Nu).Waarde;

        Codes(project.Evalueer(new Evaluatiegegevens(2024, "a", "b", "c", 1m), Vandaag, Beleid, Nu)).ShouldBe(["ongeldig-evaluatiejaar"]);
        Codes(project.Evalueer(new Evaluatiegegevens(2027, "a", "b", "c", 1m), Vandaag, Beleid, Nu)).ShouldBe(["ongeldig-evaluatiejaar"]);
        Codes(project.Evalueer(new Evaluatiegegevens(null, " ", null, null, null), Vandaag, Beleid, Nu))
            .ShouldBe(["jaar-vereist", "voortgang-vereist", "resultaten-vereist", "toegevoegde-waarde-vereist", "bedrag-vereist"], ignoreOrder: true);

        project.Evalueer(new Evaluatiegegevens(2026, "Halverwege.", "Twee scholen doen mee.", "Korte lijnen.", 10_000m), Vandaag, Beleid, Nu).IsGelukt.ShouldBeTrue();
        project.Evalueer(new Evaluatiegegevens(2025, "Gestart.", "Plan klaar.", "Partners kennen elkaar.", 5_000m), Vandaag, Beleid, Nu).IsGelukt.ShouldBeTrue();
        project.Evalueer(new Evaluatiegegevens(2026, "Bijna klaar.", "Drie scholen doen mee.", "Korte lijnen.", 12_000m), Vandaag, Beleid, Nu).IsGelukt.ShouldBeTrue();

        project.Evaluaties.Select(e => (e.Jaar, e.Besteed)).ShouldBe([(2025, 5_000m), (2026, 12_000m)]);
        project.Gebeurtenissen.Select(g => g.Actie).ShouldBe(
            [ProjectGebeurtenis.Gecorrigeerd, ProjectGebeurtenis.Geevalueerd, ProjectGebeurtenis.Geevalueerd, ProjectGebeurtenis.EvaluatieVervangen]);
    }

    [Test]
    public void A_change_before_the_year_needs_no_reason_and_after_it_began_it_does()
    {
        var project = Project();
        project.Wijzig(Regios, Gegevens(begroting: 30_000m), null, Vandaag, Beleid, Nu).IsGelukt.ShouldBeTrue();
        project.Begroting.ShouldBe(30_000m);

        var inHetJaar = new DateOnly(2027, 2, 1);
        Codes(project.Wijzig(Regios, Gegevens(begroting: 35_000m), null, inHetJaar, Beleid, Nu)).ShouldBe(["jaar-begonnen"]);
        project.Wijzig(Regios, Gegevens(begroting: 35_000m), "Extra partner erbij.", inHetJaar, Beleid, Nu).IsGelukt.ShouldBeTrue();
        project.Gebeurtenissen.Select(g => g.Actie).ShouldBe([ProjectGebeurtenis.Vastgelegd, ProjectGebeurtenis.Gewijzigd, ProjectGebeurtenis.Gecorrigeerd]);
    }
}
