using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen.Gebeurtenissen;
using static PassendOnderwijs.Domain.UnitTests.Ontwikkelingsperspectiefplannen.OppInhoudTests;
using static PassendOnderwijs.Domain.UnitTests.Ontwikkelingsperspectiefplannen.OppMaker;
using static PassendOnderwijs.Domain.UnitTests.Uitkomsten;

namespace PassendOnderwijs.Domain.UnitTests.Ontwikkelingsperspectiefplannen;

/// <summary>Overleg, hoorrecht, instemming and vaststelling: the law's procedure before a version holds.</summary>
public class OppProcedureTests
{
    [Test]
    public void A_plan_starts_as_concept_version_1_with_its_six_week_term()
    {
        var opp = Concept();

        opp.Status.ShouldBe(OppStatus.Concept);
        opp.Versies.ShouldHaveSingleItem().Nummer.ShouldBe(1);
        opp.Concept.ShouldNotBeNull();
        opp.Geldend.ShouldBeNull();
        opp.VaststellenUiterlijk.ShouldBe(new DateOnly(2026, 10, 13));
        opp.DomainEvents.Single().ShouldBeOfType<OppConceptGemaakt>();
    }

    [Test]
    public void Vaststelling_lists_everything_it_still_needs_at_once_and_changes_nothing()
    {
        var opp = Concept(inhoud: OppInhoud.Leeg);

        var uitkomst = opp.StelVast(Vaststeldag, Ib, Om(Vaststeldag));

        uitkomst.Codes().ShouldBe(
            "uitstroombestemming: onderdeel-ontbreekt, onderbouwingUitstroom: onderdeel-ontbreekt, bevorderendeFactoren: onderdeel-ontbreekt, "
            + "belemmerendeFactoren: onderdeel-ontbreekt, handelingsdeel.doelen: onderdeel-ontbreekt, handelingsdeel.doelen: onderdeel-ontbreekt, "
            + "handelingsdeel.ondersteuning: onderdeel-ontbreekt, handelingsdeel.evaluatiemomenten: onderdeel-ontbreekt, : overleg-vereist, : hoorrecht-vereist");
        opp.Status.ShouldBe(OppStatus.Concept);
        opp.Gebeurtenissen.Count.ShouldBe(1);
    }

    [Test]
    public void With_instemming_the_whole_plan_and_its_handelingsdeel_are_vastgesteld()
    {
        var opp = Vastgesteld();

        opp.Status.ShouldBe(OppStatus.Vastgesteld);
        opp.Geldend!.Nummer.ShouldBe(1);
        opp.Geldend.HandelingsdeelVastgesteld.ShouldBeTrue();
        opp.WachtOpInstemming.ShouldBeFalse();
        opp.EersteVaststelling.ShouldBe(Vaststeldag);
    }

    [Test]
    public void Without_instemming_the_rest_of_the_plan_holds_and_the_handelingsdeel_waits()
    {
        var opp = Vastgesteld(metInstemming: false);

        opp.Status.ShouldBe(OppStatus.Vastgesteld);
        opp.Geldend!.HandelingsdeelVastgesteld.ShouldBeFalse();
        opp.WachtOpInstemming.ShouldBeTrue();
        opp.Gebeurtenissen[^1].Toelichting!.ShouldEndWith("het handelingsdeel wacht nog op instemming van de ouders.");

        Gelukt(opp.LegInstemmingVast(1, true, new DateOnly(2026, 10, 8), "Vader van Sam", Instemmingswijze.OpPapier, null, Ib, Om(new DateOnly(2026, 10, 8))));

        opp.Geldend!.HandelingsdeelVastgesteld.ShouldBeTrue();
        opp.WachtOpInstemming.ShouldBeFalse();
        opp.DomainEvents[^1].ShouldBeOfType<OppInstemmingGegeven>();
    }

    [Test]
    public void A_refusal_needs_the_reason_and_leaves_the_handelingsdeel_waiting()
    {
        var opp = Vastgesteld(metInstemming: false);
        var dag = new DateOnly(2026, 10, 8);

        opp.LegInstemmingVast(1, false, dag, "Moeder van Sam", Instemmingswijze.OpPapier, " ", Ib, Om(dag)).Codes().ShouldBe("reden: reden-vereist");
        Gelukt(opp.LegInstemmingVast(1, false, dag, "Moeder van Sam", Instemmingswijze.OpPapier, "Wij willen meer uren leesbegeleiding.", Ib, Om(dag)));

        opp.WachtOpInstemming.ShouldBeTrue();
        opp.Geldend!.Instemming!.Reden.ShouldBe("Wij willen meer uren leesbegeleiding.");
        opp.DomainEvents[^1].ShouldBeOfType<OppInstemmingGeweigerd>();
    }

    [Test]
    public void Instemming_is_tied_to_the_exact_version()
    {
        var opp = Concept();

        opp.LegInstemmingVast(2, true, Overlegdag, "Moeder van Sam", Instemmingswijze.OpPapier, null, Ib, Om(Overlegdag)).Codes().ShouldBe(": andere-versie");
        Gelukt(opp.LegInstemmingVast(1, true, Overlegdag, "Moeder van Sam", Instemmingswijze.OpPapier, null, Ib, Om(Overlegdag)));
        opp.Concept!.Instemming!.Vingerafdruk.ShouldBe(OppVelden.Vingerafdruk(Volledig.Handelingsdeel));
    }

    [Test]
    public void An_ouder_answers_in_the_portal_only_on_a_shared_concept_and_only_on_the_text_they_read()
    {
        var opp = Concept();
        var ouder = new Actor("ouder-1", "Eva de Vries");
        var tekst = opp.Concept!.Vingerafdruk;

        opp.BeantwoordInstemming(tekst, true, null, Betrouwbaarheidsniveau.Laag, ouder, Om(Overlegdag)).Codes().ShouldBe(": geen-instemming-gevraagd");
        Gelukt(opp.DeelConceptMetOuders(Ib, Om(Overlegdag)));
        opp.DomainEvents[^1].ShouldBeOfType<OppConceptGedeeld>();
        opp.BeantwoordInstemming("andere-tekst", true, null, Betrouwbaarheidsniveau.Laag, ouder, Om(Overlegdag)).Codes().ShouldBe(": tekst-gewijzigd");
        opp.BeantwoordInstemming(tekst, false, " ", Betrouwbaarheidsniveau.Laag, ouder, Om(Overlegdag)).Codes().ShouldBe("reden: reden-vereist");
        Gelukt(opp.BeantwoordInstemming(tekst, true, null, Betrouwbaarheidsniveau.Substantieel, ouder, Om(Overlegdag)));

        var antwoord = opp.Concept!.Instemming!;
        (antwoord.Wijze, antwoord.Betrouwbaarheidsniveau, antwoord.Ouder, antwoord.VastgelegdDoor).ShouldBe(
            (Instemmingswijze.DigitaalInPortaal, Betrouwbaarheidsniveau.Substantieel, "Eva de Vries", ouder));
        opp.DomainEvents[^1].ShouldBeOfType<OppInstemmingGegeven>();
    }

    [Test]
    public void Only_the_portal_records_an_answer_given_in_the_portal()
    {
        var opp = Concept();

        opp.LegInstemmingVast(1, true, Overlegdag, "Eva", Instemmingswijze.DigitaalInPortaal, null, Ib, Om(Overlegdag)).Codes()
            .ShouldBe("wijze: ongeldige-wijze-van-instemming");
    }

    [Test]
    public void Changing_the_handelingsdeel_of_a_concept_drops_the_instemming_on_its_old_text()
    {
        var opp = KlaarVoorVaststelling();
        var meerUren = Volledig with
        {
            Handelingsdeel = Volledig.Handelingsdeel with
            {
                Ondersteuning = [Volledig.Handelingsdeel.Ondersteuning[0] with { Omvang = "Drie keer per week een half uur" }],
            },
        };

        Gelukt(opp.WerkBij(Volledig with { BevorderendeFactoren = "Gemotiveerd." }, Ib, Om(Overlegdag)));
        opp.Concept!.HeeftInstemming.ShouldBeTrue();

        Gelukt(opp.WerkBij(meerUren, Ib, Om(Overlegdag)));
        opp.Concept!.Instemming.ShouldBeNull();
        opp.Gebeurtenissen[^1].Toelichting!.ShouldContain("de ouders moeten opnieuw instemmen");
    }

    [Test]
    public void The_hoorrecht_is_a_summary_of_what_the_pupil_said_or_a_reason_why_not()
    {
        var opp = Concept();

        opp.LegHoorrechtVast(true, null, null, Ib, Om(Overlegdag)).Codes().ShouldBe("datum: datum-vereist, toelichting: samenvatting-vereist");
        opp.LegHoorrechtVast(false, null, "", Ib, Om(Overlegdag)).Codes().ShouldBe("toelichting: reden-vereist");
        Gelukt(opp.LegHoorrechtVast(false, null, "Sam is vier jaar en kan nog niet meepraten over het plan.", Ib, Om(Overlegdag)));
        opp.Concept!.Hoorrecht!.Gehoord.ShouldBeFalse();
    }

    [Test]
    public void Vaststelling_comes_after_the_overleg()
    {
        var opp = KlaarVoorVaststelling();

        opp.StelVast(Overlegdag.AddDays(-1), Ib, Om(Overlegdag)).Codes().ShouldBe("datum: vaststelling-voor-overleg");
    }
}
