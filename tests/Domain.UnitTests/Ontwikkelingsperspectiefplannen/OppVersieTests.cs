using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen.Gebeurtenissen;
using static PassendOnderwijs.Domain.UnitTests.Ontwikkelingsperspectiefplannen.OppInhoudTests;
using static PassendOnderwijs.Domain.UnitTests.Ontwikkelingsperspectiefplannen.OppMaker;
using static PassendOnderwijs.Domain.UnitTests.Uitkomsten;

namespace PassendOnderwijs.Domain.UnitTests.Ontwikkelingsperspectiefplannen;

/// <summary>Versions: a vastgestelde version never changes; a new version with a changed handelingsdeel needs instemming again.</summary>
public class OppVersieTests
{
    private static readonly DateOnly Herzieningsdag = new(2027, 2, 1);

    private static OppInhoud AndereDoelen => Volledig with
    {
        Handelingsdeel = Volledig.Handelingsdeel with
        {
            Doelen = [.. Volledig.Handelingsdeel.Doelen, new OppDoel(Doeltermijn.KorteTermijn, "Begrijpend lezen", "Beantwoordt vragen bij een korte tekst.")],
        },
    };

    private static Ontwikkelingsperspectiefplan InHerziening(OppInhoud nieuw)
    {
        var opp = Vastgesteld();
        Gelukt(opp.Herzie(Ib, Om(Herzieningsdag)));
        Gelukt(opp.WerkBij(nieuw, Ib, Om(Herzieningsdag)));
        Gelukt(opp.LegOverlegVast(Herzieningsdag, "Ouders en intern begeleider", "Eens met de aanvulling.", Ib, Om(Herzieningsdag)));
        Gelukt(opp.LegHoorrechtVast(true, Herzieningsdag, "Sam vindt begrijpend lezen moeilijk.", Ib, Om(Herzieningsdag)));
        return opp;
    }

    [Test]
    public void A_vastgestelde_version_cannot_be_changed()
    {
        var opp = Vastgesteld();

        var uitkomst = opp.WerkBij(AndereDoelen, Ib, Om(Herzieningsdag));

        uitkomst.Fouten.ShouldHaveSingleItem().Melding.ShouldBe(
            "Een OPP met de status 'vastgesteld' kunt u niet bijwerken; dat kan alleen bij de status 'concept, nog niet vastgesteld' of 'vastgesteld, nieuwe versie in concept'.");
        OppVelden.Verschillen(opp.Geldend!.Inhoud, Volledig).ShouldBeEmpty();
    }

    [Test]
    public void A_new_version_starts_from_the_one_that_holds_which_stays_as_it_was()
    {
        var opp = InHerziening(AndereDoelen);

        opp.Status.ShouldBe(OppStatus.InHerziening);
        opp.Versies.Select(v => (v.Nummer, v.Status)).ShouldBe([(1, Versiestatus.Vastgesteld), (2, Versiestatus.Concept)]);
        OppVelden.Verschillen(opp.Geldend!.Inhoud, Volledig).ShouldBeEmpty();
        OppVelden.Verschillen(opp.Versies[0].Inhoud, opp.Versies[1].Inhoud).Select(v => v.Pad).ShouldBe(
            ["handelingsdeel.doelen[3].termijn", "handelingsdeel.doelen[3].domein", "handelingsdeel.doelen[3].omschrijving"]);
    }

    [Test]
    public void A_changed_handelingsdeel_needs_instemming_again()
    {
        var opp = InHerziening(AndereDoelen);

        Gelukt(opp.StelVast(Herzieningsdag, Ib, Om(Herzieningsdag)));

        opp.Versies.Select(v => (v.Nummer, v.Status)).ShouldBe([(1, Versiestatus.Vervangen), (2, Versiestatus.Vastgesteld)]);
        opp.Geldend!.HandelingsdeelVastgesteld.ShouldBeFalse();
        opp.WachtOpInstemming.ShouldBeTrue();
        opp.VersieVoorInstemming!.Nummer.ShouldBe(2);
    }

    [Test]
    public void An_unchanged_handelingsdeel_keeps_the_instemming_of_the_version_before()
    {
        var opp = InHerziening(Volledig with { BevorderendeFactoren = "Gemotiveerd en leergierig." });

        Gelukt(opp.StelVast(Herzieningsdag, Ib, Om(Herzieningsdag)));

        opp.Geldend!.Nummer.ShouldBe(2);
        opp.Geldend.HandelingsdeelVastgesteld.ShouldBeTrue();
        opp.Gebeurtenissen[^1].Toelichting!.ShouldEndWith("het handelingsdeel is ongewijzigd, de instemming op versie 1 geldt.");
    }

    [Test]
    public void The_event_says_what_the_ouders_answered_even_when_two_answers_carry_the_same_moment()
    {
        var opp = Vastgesteld(metInstemming: false);
        Gelukt(opp.LegInstemmingVast(1, false, Herzieningsdag, "Moeder van Sam", Instemmingswijze.OpPapier, "Meer uren.", Ib, Om(Herzieningsdag)));
        opp.DomainEvents[^1].ShouldBeOfType<OppInstemmingGeweigerd>();
        Gelukt(opp.Herzie(Ib, Om(Herzieningsdag)));

        Gelukt(opp.LegInstemmingVast(2, true, Herzieningsdag, "Moeder van Sam", Instemmingswijze.OpPapier, null, Ib, Om(Herzieningsdag)));

        opp.DomainEvents[^1].ShouldBeOfType<OppInstemmingGegeven>();
    }

    [Test]
    public void Instemming_on_a_vastgestelde_version_is_not_asked_twice()
    {
        var opp = Vastgesteld();

        opp.LegInstemmingVast(1, true, Herzieningsdag, "Moeder van Sam", Instemmingswijze.OpPapier, null, Ib, Om(Herzieningsdag))
            .Codes().ShouldBe(": instemming-al-gegeven");
    }
}
