using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Common;
using static PassendOnderwijs.Domain.UnitTests.Arrangementen.ArrangementMaker;

namespace PassendOnderwijs.Domain.UnitTests.Arrangementen;

/// <summary>A granted arrangement runs: it starts inside its period, is evaluated at least every six months and ends.</summary>
public class ArrangementUitvoeringTests
{
    private static readonly DateOnly Evaluatiedag = new(2027, 1, 10);

    [Test]
    public void Start_sets_the_first_evaluation_six_months_later()
    {
        var arrangement = Toegekend();

        arrangement.Start(Ingang, Arrangementtermijnen.Standaard, Ib, Om(Ingang)).IsGelukt.ShouldBeTrue();

        arrangement.Status.ShouldBe(ArrangementStatus.Actief);
        arrangement.Startdatum.ShouldBe(Ingang);
        arrangement.VolgendeEvaluatieUiterlijk.ShouldBe(new DateOnly(2027, 6, 1));
    }

    [Test]
    public void The_first_evaluation_is_due_no_later_than_the_end_of_the_period()
    {
        var arrangement = Toegekend();

        arrangement.Start(new DateOnly(2027, 3, 1), Arrangementtermijnen.Standaard, Ib, Om(new DateOnly(2027, 3, 1))).IsGelukt.ShouldBeTrue();

        arrangement.VolgendeEvaluatieUiterlijk.ShouldBe(Einde);
    }

    [Test]
    public void Start_may_be_on_the_first_and_on_the_last_day_of_the_period()
    {
        Toegekend().Start(Ingang, Arrangementtermijnen.Standaard, Ib, Om(Ingang)).IsGelukt.ShouldBeTrue();
        var opLaatsteDag = Toegekend();
        opLaatsteDag.Start(Einde, Arrangementtermijnen.Standaard, Ib, Om(Einde)).IsGelukt.ShouldBeTrue();
        opLaatsteDag.VolgendeEvaluatieUiterlijk.ShouldBe(Einde);
    }

    [TestCase(2026, 11, 30)]
    [TestCase(2027, 8, 1)]
    public void Start_outside_the_period_breaks_a_rule(int jaar, int maand, int dag)
    {
        var arrangement = Toegekend();

        var uitkomst = arrangement.Start(new DateOnly(jaar, maand, dag), Arrangementtermijnen.Standaard, Ib, Om(Ingang));

        uitkomst.Soort.ShouldBe(FoutSoort.RegelGeschonden);
        var fout = uitkomst.Fouten.ShouldHaveSingleItem();
        (fout.Veld, fout.Code).ShouldBe(("startdatum", "start-buiten-periode"));
        fout.Melding.ShouldBe("Het arrangement loopt van 1 december 2026 tot en met 31 juli 2027; start daarbinnen.");
        arrangement.Status.ShouldBe(ArrangementStatus.Toegekend);
        arrangement.Startdatum.ShouldBeNull();
        arrangement.VolgendeEvaluatieUiterlijk.ShouldBeNull();
    }

    [Test]
    public void An_evaluation_is_recorded_and_moves_the_next_one_six_months_on()
    {
        var arrangement = Actief();
        var moment = Om(Evaluatiedag);

        var uitkomst = arrangement.Evalueer(
            Evaluatiedag, [new(2, false, "  Nog tien minuten. "), new(1, true, " ")], " Goed op weg. ", Vervolg.Bijstellen, Arrangementtermijnen.Standaard, Ib, moment);

        uitkomst.IsGelukt.ShouldBeTrue(uitkomst.Codes());
        var evaluatie = arrangement.Evaluaties.ShouldHaveSingleItem();
        evaluatie.Datum.ShouldBe(Evaluatiedag);
        evaluatie.Doelen.ShouldBe(new[] { new Doelresultaat(1, true, null), new Doelresultaat(2, false, "Nog tien minuten.") });
        evaluatie.Conclusie.ShouldBe("Goed op weg.");
        evaluatie.Vervolg.ShouldBe(Vervolg.Bijstellen);
        (evaluatie.Door, evaluatie.VastgelegdOp).ShouldBe((Ib, moment));
        arrangement.VolgendeEvaluatieUiterlijk.ShouldBe(new DateOnly(2027, 7, 10));
        arrangement.Status.ShouldBe(ArrangementStatus.Actief);
        arrangement.Gebeurtenissen[^1].ShouldBe(new Gebeurtenis(moment, Ib, Gebeurtenis.Geevalueerd, "Vervolg: bijstellen. Goed op weg."));
    }

    [Test]
    public void After_a_late_evaluation_the_next_one_is_due_at_the_end_of_the_period()
    {
        var arrangement = Geevalueerd();
        var dag = new DateOnly(2027, 3, 1);

        arrangement.Evalueer(dag, BeideDoelen(), "Bijna klaar.", Vervolg.Voortzetten, Arrangementtermijnen.Standaard, Ib, Om(dag)).IsGelukt.ShouldBeTrue();

        arrangement.Evaluaties.Count.ShouldBe(2);
        arrangement.Evaluaties[^1].Datum.ShouldBe(dag);
        arrangement.VolgendeEvaluatieUiterlijk.ShouldBe(Einde);
    }

    [Test]
    public void Every_goal_not_evaluated_is_reported()
    {
        var arrangement = Actief();

        var uitkomst = arrangement.Evalueer(Evaluatiedag, [], "Goed op weg.", Vervolg.Voortzetten, Arrangementtermijnen.Standaard, Ib, Om(Evaluatiedag));

        uitkomst.Fouten.Select(f => $"{f.Veld}: {f.Code}").ShouldBe(["doelen: doel-niet-geevalueerd", "doelen: doel-niet-geevalueerd"]);
        uitkomst.Fouten[0].Melding.ShouldContain("doel 1");
        uitkomst.Fouten[1].Melding.ShouldContain("doel 2");
        arrangement.Evaluaties.ShouldBeEmpty();
        arrangement.VolgendeEvaluatieUiterlijk.ShouldBe(new DateOnly(2027, 6, 1));
    }

    [Test]
    public void An_unknown_goal_is_refused() =>
        Actief().Evalueer(Evaluatiedag, [new(1, true, null), new(2, true, null), new(3, true, null)], "Klaar.", Vervolg.Beeindigen, Arrangementtermijnen.Standaard, Ib, Om(Evaluatiedag))
            .Fouten.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
                f => f.Code.ShouldBe("onbekend-doel"),
                f => f.Veld.ShouldBe("doelen[2].doel"));

    [Test]
    public void A_goal_evaluated_twice_is_refused() =>
        Actief().Evalueer(Evaluatiedag, [new(1, true, null), new(2, true, null), new(1, false, null)], "Klaar.", Vervolg.Beeindigen, Arrangementtermijnen.Standaard, Ib, Om(Evaluatiedag))
            .Fouten.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
                f => f.Code.ShouldBe("dubbel-doel"),
                f => f.Veld.ShouldBe("doelen[2].doel"));

    [Test]
    public void An_evaluation_needs_a_conclusion() =>
        Actief().Evalueer(Evaluatiedag, BeideDoelen(), " ", Vervolg.Voortzetten, Arrangementtermijnen.Standaard, Ib, Om(Evaluatiedag))
            .Fouten.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
                f => f.Code.ShouldBe("conclusie-vereist"),
                f => f.Veld.ShouldBe("conclusie"));

    [TestCase(-1, Description = "the day before the start")]
    [TestCase(42, Description = "the day after tomorrow")]
    public void An_evaluation_dated_outside_start_to_today_is_refused(int dagenNaStart)
    {
        var arrangement = Actief();
        var vandaag = Ingang.AddDays(40);

        var uitkomst = arrangement.Evalueer(Ingang.AddDays(dagenNaStart), BeideDoelen(), "Klaar.", Vervolg.Voortzetten, Arrangementtermijnen.Standaard, Ib, Om(vandaag));

        var fout = uitkomst.Fouten.ShouldHaveSingleItem();
        (fout.Veld, fout.Code).ShouldBe(("datum", "ongeldige-evaluatiedatum"));
        arrangement.Evaluaties.ShouldBeEmpty();
    }

    [Test]
    public void An_evaluation_may_be_on_the_start_day()
    {
        var arrangement = Actief();

        arrangement.Evalueer(Ingang, BeideDoelen(), "Nulmeting.", Vervolg.Voortzetten, Arrangementtermijnen.Standaard, Ib, Om(Ingang)).IsGelukt.ShouldBeTrue();

        arrangement.VolgendeEvaluatieUiterlijk.ShouldBe(new DateOnly(2027, 6, 1));
    }

    [Test]
    public void An_evaluation_reports_every_problem_at_once() =>
        Actief().Evalueer(Ingang.AddDays(-1), [new(7, true, null), new(1, true, new string('x', Doel.MaximaleLengte + 1))], null, Vervolg.Voortzetten, Arrangementtermijnen.Standaard, Ib, Om(Evaluatiedag))
            .Fouten.Select(f => $"{f.Veld}: {f.Code}").ShouldBe(
            [
                "datum: ongeldige-evaluatiedatum", "doelen[0].doel: onbekend-doel", "doelen[1].toelichting: tekst-te-lang",
                "doelen: doel-niet-geevalueerd", "conclusie: conclusie-vereist",
            ], ignoreOrder: true);

    [TestCase(2027, 5, 31, false)]
    [TestCase(2027, 6, 1, false)]
    [TestCase(2027, 6, 2, true)]
    public void An_active_arrangement_is_overdue_only_after_its_due_date(int jaar, int maand, int dag, bool verlopen) =>
        Actief().EvaluatieVerlopen(new DateOnly(jaar, maand, dag)).ShouldBe(verlopen);

    [TestCase(ArrangementStatus.Aangevraagd)]
    [TestCase(ArrangementStatus.InBehandeling)]
    [TestCase(ArrangementStatus.Toegekend)]
    [TestCase(ArrangementStatus.Afgewezen)]
    [TestCase(ArrangementStatus.Beeindigd)]
    public void An_arrangement_that_is_not_active_is_never_overdue(ArrangementStatus status) =>
        In(status).EvaluatieVerlopen(new DateOnly(2030, 1, 1)).ShouldBeFalse();

    [Test]
    public void Beeindig_ends_the_arrangement_and_its_evaluation_cycle()
    {
        var arrangement = Geevalueerd();
        var einde = new DateOnly(2027, 2, 1);

        arrangement.Beeindig(einde, "  Doelen behaald. ", Consulent, Om(einde)).IsGelukt.ShouldBeTrue();

        arrangement.Status.ShouldBe(ArrangementStatus.Beeindigd);
        arrangement.BeeindigdOp.ShouldBe(einde);
        arrangement.RedenBeeindiging.ShouldBe("Doelen behaald.");
        arrangement.VolgendeEvaluatieUiterlijk.ShouldBeNull();
        arrangement.Evaluaties.Count.ShouldBe(1);
        arrangement.Gebeurtenissen[^1].ShouldBe(new Gebeurtenis(Om(einde), Consulent, Gebeurtenis.Beeindigd, "Doelen behaald."));
    }

    [Test]
    public void Beeindig_may_be_on_the_start_day() =>
        Actief().Beeindig(Ingang, "Verhuisd.", Consulent, Om(Ingang)).IsGelukt.ShouldBeTrue();

    [Test]
    public void Beeindig_needs_a_reason_and_cannot_end_before_the_start()
    {
        var arrangement = Actief();

        var uitkomst = arrangement.Beeindig(Ingang.AddDays(-1), null, Consulent, Om(Ingang));

        uitkomst.Soort.ShouldBe(FoutSoort.Ongeldig);
        uitkomst.Fouten.Select(f => $"{f.Veld}: {f.Code}").ShouldBe(["einddatum: einde-voor-start", "reden: reden-vereist"], ignoreOrder: true);
        arrangement.Status.ShouldBe(ArrangementStatus.Actief);
        arrangement.BeeindigdOp.ShouldBeNull();
        arrangement.VolgendeEvaluatieUiterlijk.ShouldBe(new DateOnly(2027, 6, 1));
    }
}
