using PassendOnderwijs.Domain.Termijnen;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;
using PassendOnderwijs.Domain.UnitTests.Arrangementen;
using PassendOnderwijs.Domain.UnitTests.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.UnitTests.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Domain.UnitTests.Termijnen;

/// <summary>Which terms run for a case in each state, computed from the case's own facts.</summary>
public class TermijnentabelTests
{
    [Test]
    public void Every_kind_of_term_has_exactly_one_row_with_its_length_basis_and_who_acts()
    {
        Termijnentabel.Alle.Select(r => r.Soort).ShouldBe(Enum.GetValues<Termijnsoort>(), ignoreOrder: true);
        Termijnentabel.Alle.ShouldAllBe(r => r.Lengte.Length > 0 && r.Grondslag.Length > 0 && r.Wie.Length > 0 && r.SignaalDagenVooraf > 0);
        Termijnentabel.Regel(Termijnsoort.TlvBezwaar).Lengte.ShouldBe("6 weken na de bekendmaking");
    }

    [Test]
    public void A_request_runs_its_behandeltermijn_until_the_decision()
    {
        var aangevraagd = ArrangementMaker.Aangevraagd();

        var stand = Termijnentabel.Van(aangevraagd).ShouldHaveSingleItem();

        stand.Soort.ShouldBe(Termijnsoort.ArrangementBehandeling);
        stand.Vanaf.ShouldBe(ArrangementMaker.Vandaag);
        stand.Uiterlijk.ShouldBe(aangevraagd.Behandeldeadline);
        stand.SignaalOp.ShouldBe(aangevraagd.Behandeldeadline.AddDays(-7));
        Termijnentabel.Van(ArrangementMaker.InBehandeling()).ShouldHaveSingleItem().Soort.ShouldBe(Termijnsoort.ArrangementBehandeling);
        Termijnentabel.Van(ArrangementMaker.Toegekend()).ShouldBeEmpty();
        Termijnentabel.Van(ArrangementMaker.Afgewezen()).ShouldBeEmpty();
    }

    [Test]
    public void An_active_arrangement_runs_its_evaluation_and_each_evaluation_starts_a_new_run()
    {
        var actief = Termijnentabel.Van(ArrangementMaker.Actief()).ShouldHaveSingleItem();
        var geevalueerd = Termijnentabel.Van(ArrangementMaker.Geevalueerd()).ShouldHaveSingleItem();

        actief.Soort.ShouldBe(Termijnsoort.ArrangementEvaluatie);
        actief.Vanaf.ShouldBe(ArrangementMaker.Ingang);
        geevalueerd.Vanaf.ShouldBe(ArrangementMaker.EersteEvaluatie);
        geevalueerd.Uiterlijk.ShouldBeGreaterThan(actief.Uiterlijk);
        Termijnentabel.Van(ArrangementMaker.Beeindigd()).ShouldBeEmpty();
    }

    [Test]
    public void A_tlv_runs_bezwaar_then_lbt_and_decision_terms_and_its_expiry_with_the_policy_signal()
    {
        var bekend = TlvMaker.Bekendgemaakt();
        var standen = Termijnentabel.Van(bekend);

        standen.Select(s => s.Soort).ShouldBe([Termijnsoort.TlvBezwaar, Termijnsoort.TlvEinde], ignoreOrder: true);
        var bezwaar = standen.Single(s => s.Soort == Termijnsoort.TlvBezwaar);
        bezwaar.Vanaf.ShouldBe(TlvMaker.Bekendmaking);
        bezwaar.Uiterlijk.ShouldBe(TlvTermijnen.EindeBezwaartermijn(TlvMaker.Bekendmaking));
        var einde = standen.Single(s => s.Soort == Termijnsoort.TlvEinde);
        einde.Uiterlijk.ShouldBe(bekend.Einddatum!.Value);
        einde.SignaalOp.ShouldBe(bekend.HerindicatieVanaf!.Value, "the SWV's own signal, not the table's default");

        Termijnentabel.Van(TlvMaker.InBezwaar()).Select(s => s.Soort)
            .ShouldBe([Termijnsoort.TlvLbtAdviesaanvraag, Termijnsoort.TlvBeslissingOpBezwaar, Termijnsoort.TlvEinde], ignoreOrder: true);
        Termijnentabel.Van(TlvMaker.LbtGevraagd()).Select(s => s.Soort)
            .ShouldBe([Termijnsoort.TlvBeslissingOpBezwaar, Termijnsoort.TlvEinde], ignoreOrder: true);
        Termijnentabel.Van(TlvMaker.Aangevraagd()).ShouldHaveSingleItem().Soort.ShouldBe(Termijnsoort.TlvBehandeling);
    }

    [Test]
    public void An_opp_runs_its_vaststelling_then_its_evaluation_per_school_year()
    {
        var concept = Termijnentabel.Van(OppMaker.Concept()).ShouldHaveSingleItem();
        var vastgesteld = Termijnentabel.Van(OppMaker.Vastgesteld()).ShouldHaveSingleItem();

        concept.Soort.ShouldBe(Termijnsoort.OppVaststelling);
        concept.Uiterlijk.ShouldBe(OppMaker.Start.AddDays(42));
        vastgesteld.Soort.ShouldBe(Termijnsoort.OppEvaluatie);
        vastgesteld.Vanaf.ShouldBe(OppMaker.Vaststeldag);
        vastgesteld.Uiterlijk.ShouldBe(new DateOnly(2027, 7, 31), "the end of the school year of the vaststelling");
    }
}
