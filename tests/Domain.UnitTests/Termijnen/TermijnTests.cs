using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Termijnen.Gebeurtenissen;
using PassendOnderwijs.Domain.Termijnen;
using PassendOnderwijs.Domain.UnitTests.Ontwikkelingsperspectiefplannen;
using static PassendOnderwijs.Domain.UnitTests.Uitkomsten;

namespace PassendOnderwijs.Domain.UnitTests.Termijnen;

/// <summary>
/// One run of a term through its phases, with a fixed clock per day. The OPP's evaluation is due by the last day of
/// the school year (31 July 2027), so the run crosses into school year 2027-2028 the next day.
/// </summary>
public class TermijnTests
{
    private static readonly DateOnly Signaaldag = new(2027, 6, 19);
    private static readonly DateOnly LaatsteDag = new(2027, 7, 31);
    private static readonly DateOnly NieuwSchooljaar = new(2027, 8, 1);

    [Test]
    public void A_term_warns_on_its_signal_day_and_expires_the_day_after_its_last_day_across_the_school_year()
    {
        var termijn = Evaluatietermijn();

        termijn.Bewaak(Signaaldag.AddDays(-1), Om(Signaaldag.AddDays(-1))).ShouldBeFalse();
        termijn.Bewaak(Signaaldag, Om(Signaaldag)).ShouldBeTrue();
        termijn.Fase.ShouldBe(Termijnfase.Nadert);
        termijn.Bewaak(LaatsteDag, Om(LaatsteDag)).ShouldBeFalse("the last day still counts");
        termijn.Bewaak(NieuwSchooljaar, Om(NieuwSchooljaar)).ShouldBeTrue();
        termijn.Fase.ShouldBe(Termijnfase.Verlopen);
        termijn.Bewaak(NieuwSchooljaar.AddDays(1), Om(NieuwSchooljaar.AddDays(1))).ShouldBeFalse("each signal once");

        termijn.DomainEvents.Select(e => e.GetType()).ShouldBe([typeof(TermijnNadert), typeof(TermijnVerlopen)]);
        var verlopen = termijn.DomainEvents.OfType<TermijnVerlopen>().Single();
        verlopen.Uiterlijk.ShouldBe(LaatsteDag);
        verlopen.Soort.ShouldBe(Termijnsoort.OppEvaluatie);
        verlopen.Vestiging.ShouldBe("12AB00");
    }

    [Test]
    public void A_term_found_past_its_last_day_only_expires_without_a_late_warning()
    {
        var termijn = Evaluatietermijn();

        termijn.Bewaak(NieuwSchooljaar, Om(NieuwSchooljaar)).ShouldBeTrue();

        termijn.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<TermijnVerlopen>();
    }

    [Test]
    public void An_evaluation_in_the_new_school_year_closes_the_run_late_and_the_table_gives_the_next_run()
    {
        var opp = OppMaker.Vastgesteld();
        var termijn = Termijn.Open(opp.Samenwerkingsverband, opp.Vestiging, Zaaksoort.Ontwikkelingsperspectiefplan, opp.Id, Termijnentabel.Van(opp).Single(), Om(OppMaker.Vaststeldag));
        termijn.Bewaak(NieuwSchooljaar, Om(NieuwSchooljaar));
        var evaluatiedag = new DateOnly(2027, 9, 15);
        Gelukt(opp.Evalueer(evaluatiedag, "Ouders en intern begeleider", [new(1, true, null), new(2, true, null), new(3, true, null)], "Doelen gehaald.", false, OppMaker.Ib, Om(evaluatiedag)));

        var volgende = Termijnentabel.Van(opp).ShouldHaveSingleItem();
        termijn.IsDezelfdeRun(volgende).ShouldBeFalse("a new run counts from the evaluation");
        termijn.Sluit(evaluatiedag, Om(evaluatiedag));

        termijn.Fase.ShouldBe(Termijnfase.Gehaald);
        termijn.DomainEvents.OfType<TermijnGehaald>().ShouldHaveSingleItem().OpTijd.ShouldBeFalse();
        volgende.Vanaf.ShouldBe(evaluatiedag);
        volgende.Uiterlijk.ShouldBe(new DateOnly(2029, 7, 31), "due by the end of the school year after 2027-2028, the one it was evaluated in (OppTermijnen)");
    }

    [Test]
    public void A_term_met_in_time_closes_on_time_once()
    {
        var termijn = Evaluatietermijn();

        termijn.Sluit(LaatsteDag, Om(LaatsteDag));
        termijn.Sluit(NieuwSchooljaar, Om(NieuwSchooljaar));

        termijn.DomainEvents.OfType<TermijnGehaald>().ShouldHaveSingleItem().OpTijd.ShouldBeTrue();
        termijn.Bewaak(NieuwSchooljaar, Om(NieuwSchooljaar)).ShouldBeFalse("a closed run is not watched");
    }

    [Test]
    public void A_term_moved_past_today_runs_again_and_warns_and_expires_anew()
    {
        var termijn = Evaluatietermijn();
        termijn.Bewaak(NieuwSchooljaar, Om(NieuwSchooljaar));
        var verzet = new Termijnstand(Termijnsoort.OppEvaluatie, termijn.Vanaf, new DateOnly(2027, 9, 30), new DateOnly(2027, 9, 1));

        termijn.Werk(verzet, NieuwSchooljaar).ShouldBeTrue();
        termijn.Werk(verzet, NieuwSchooljaar).ShouldBeFalse("nothing changed the second time");

        termijn.Fase.ShouldBe(Termijnfase.Lopend);
        termijn.Bewaak(new DateOnly(2027, 9, 1), Om(new DateOnly(2027, 9, 1))).ShouldBeTrue();
        termijn.Bewaak(new DateOnly(2027, 10, 1), Om(new DateOnly(2027, 10, 1))).ShouldBeTrue();
        termijn.DomainEvents.Select(e => e.GetType()).ShouldBe([typeof(TermijnVerlopen), typeof(TermijnNadert), typeof(TermijnVerlopen)]);
    }

    [Test]
    public void Following_a_case_moves_a_run_still_there_closes_one_gone_and_hands_back_the_new_ones_to_open()
    {
        var blijft = Evaluatietermijn();
        var weg = Termijn.Open(blijft.Samenwerkingsverband, blijft.Vestiging, blijft.Zaak, blijft.ZaakId,
            new Termijnstand(Termijnsoort.OppVaststelling, OppMaker.Vaststeldag.AddDays(-30), OppMaker.Vaststeldag.AddDays(12), OppMaker.Vaststeldag), Om(OppMaker.Vaststeldag));
        var verzet = new Termijnstand(Termijnsoort.OppEvaluatie, blijft.Vanaf, new DateOnly(2027, 9, 30), new DateOnly(2027, 9, 1));
        var nieuw = new Termijnstand(Termijnsoort.TlvEinde, Signaaldag, NieuwSchooljaar, Signaaldag);

        var teOpenen = Termijn.Volg([blijft, weg], [verzet, nieuw], Signaaldag, Om(Signaaldag));

        teOpenen.ShouldBe([nieuw]);
        blijft.Uiterlijk.ShouldBe(verzet.Uiterlijk);
        blijft.IsOpen.ShouldBeTrue();
        weg.Fase.ShouldBe(Termijnfase.Gehaald);
        weg.GehaaldOp.ShouldBe(Om(Signaaldag));
    }

    private static Termijn Evaluatietermijn() => Termijn.Open(
        SwvCode.Parse("PO2705").Waarde,
        VestigingCode.Parse("12AB00").Waarde,
        Zaaksoort.Ontwikkelingsperspectiefplan,
        Guid.CreateVersion7(),
        new Termijnstand(Termijnsoort.OppEvaluatie, OppMaker.Vaststeldag, LaatsteDag, Signaaldag),
        Om(OppMaker.Vaststeldag));

    private static DateTimeOffset Om(DateOnly dag) => OppMaker.Om(dag);
}
