using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.UnitTests.Arrangementen;
using static PassendOnderwijs.Domain.UnitTests.Uitkomsten;

namespace PassendOnderwijs.Domain.UnitTests.Ontwikkelingsperspectiefplannen;

/// <summary>
/// "OPP ontbreekt": running support asks for a plan that holds, for the same pupil at the arrangement's vestiging. The
/// rule is an expression (the werkvoorraad runs it in SQL); here it runs compiled, on aggregates.
/// </summary>
public class OppPlichtTests
{
    private static readonly Func<Arrangement, IQueryable<OppStand>, bool> Regel = OppPlicht.Ontbreekt.Compile();

    private static bool Ontbreekt(Arrangement a, params Ontwikkelingsperspectiefplan[] plannen) => Regel(a, plannen.Select(OppStand.Van).AsQueryable());

    private static OppLeerling VanHetArrangement(Arrangement a, string? vestiging = null) =>
        new(a.LeerlingId, "Sam Jansen", vestiging is null ? a.Vestiging : VestigingCode.Parse(vestiging).Waarde, SoortSchool.Bao, a.Samenwerkingsverband);

    [Test]
    public void Running_support_without_any_plan_misses_one() =>
        Ontbreekt(ArrangementMaker.Actief()).ShouldBeTrue();

    [TestCase(ArrangementStatus.Aangevraagd)]
    [TestCase(ArrangementStatus.InBehandeling)]
    [TestCase(ArrangementStatus.Toegekend)]
    [TestCase(ArrangementStatus.Afgewezen)]
    [TestCase(ArrangementStatus.Beeindigd)]
    public void Support_that_does_not_run_asks_for_no_plan(ArrangementStatus status) =>
        Ontbreekt(ArrangementMaker.In(status)).ShouldBeFalse();

    [Test]
    public void A_concept_does_not_count_yet()
    {
        var a = ArrangementMaker.Actief();
        Ontbreekt(a, OppMaker.Concept(leerling: VanHetArrangement(a))).ShouldBeTrue();
    }

    [Test]
    public void A_vastgesteld_plan_counts_also_while_a_new_version_is_in_concept()
    {
        var a = ArrangementMaker.Actief();
        var opp = OppMaker.Vastgesteld(leerling: VanHetArrangement(a));
        Ontbreekt(a, opp).ShouldBeFalse();

        Gelukt(opp.Herzie(OppMaker.Ib, OppMaker.Om(OppMaker.Vaststeldag.AddDays(10))));
        opp.Status.ShouldBe(OppStatus.InHerziening);
        Ontbreekt(a, opp).ShouldBeFalse();
    }

    [Test]
    public void An_afgesloten_plan_no_longer_counts()
    {
        var a = ArrangementMaker.Actief();
        var opp = OppMaker.Vastgesteld(leerling: VanHetArrangement(a));
        Gelukt(opp.SluitAf(OppMaker.Vaststeldag.AddDays(30), "De leerling heeft geen extra ondersteuning meer nodig.", OppMaker.Ib, OppMaker.Om(OppMaker.Vaststeldag.AddDays(30))));

        Ontbreekt(a, opp).ShouldBeTrue();
    }

    [Test]
    public void Only_a_plan_of_the_same_pupil_at_the_arrangements_vestiging_counts()
    {
        var a = ArrangementMaker.Actief();
        var elders = OppMaker.Vastgesteld(leerling: VanHetArrangement(a, "34CD00"));
        var ander = OppMaker.Vastgesteld();

        Ontbreekt(a, elders, ander).ShouldBeTrue();
    }

    [Test]
    public void The_plan_is_due_six_weeks_after_the_support_started_or_else_after_its_ingangsdatum()
    {
        var deadline = OppPlicht.Deadline.Compile();
        var actief = ArrangementMaker.Actief();
        actief.Startdatum.ShouldBe(new DateOnly(2026, 12, 1));
        deadline(actief).ShouldBe(new DateOnly(2027, 1, 12));
        deadline(actief).ShouldBe(OppTermijnen.VaststellenUiterlijk(actief.Startdatum!.Value));

        var toegekend = ArrangementMaker.Toegekend();
        toegekend.Startdatum.ShouldBeNull();
        deadline(toegekend).ShouldBe(OppTermijnen.VaststellenUiterlijk(toegekend.Ingangsdatum));
    }
}
