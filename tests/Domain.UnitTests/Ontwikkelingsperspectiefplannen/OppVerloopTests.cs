using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Organisaties;
using static PassendOnderwijs.Domain.UnitTests.Ontwikkelingsperspectiefplannen.OppMaker;
using static PassendOnderwijs.Domain.UnitTests.Uitkomsten;

namespace PassendOnderwijs.Domain.UnitTests.Ontwikkelingsperspectiefplannen;

/// <summary>The terms (six weeks, once per school year), the evaluation, ROD, the end, and the werkvoorraad.</summary>
public class OppVerloopTests
{
    private static readonly Doelresultaat[] AlleDoelen =
        [new(1, true, null), new(2, false, "Nog niet op M6."), new(3, true, null)];

    [Test]
    public void The_first_evaluation_falls_in_the_school_year_of_the_vaststelling_unless_that_is_nearly_over()
    {
        OppTermijnen.EersteEvaluatieUiterlijk(new DateOnly(2026, 10, 1)).ShouldBe(new DateOnly(2027, 7, 31));
        OppTermijnen.EersteEvaluatieUiterlijk(new DateOnly(2027, 3, 31)).ShouldBe(new DateOnly(2027, 7, 31));
        OppTermijnen.EersteEvaluatieUiterlijk(new DateOnly(2027, 4, 1)).ShouldBe(new DateOnly(2028, 7, 31));
        OppTermijnen.VolgendeEvaluatieUiterlijk(new DateOnly(2027, 3, 15)).ShouldBe(new DateOnly(2028, 7, 31));
        OppTermijnen.VolgendeEvaluatieUiterlijk(new DateOnly(2027, 9, 15)).ShouldBe(new DateOnly(2029, 7, 31));
    }

    [Test]
    public void An_evaluation_answers_every_goal_of_the_version_that_holds_and_moves_the_term_a_school_year()
    {
        var opp = Vastgesteld();
        var dag = new DateOnly(2027, 3, 15);

        opp.Evalueer(dag, "Ouders", [new(1, true, null)], "Goed op weg.", false, Ib, Om(dag)).Codes().ShouldBe("doelen: doel-niet-geevalueerd, doelen: doel-niet-geevalueerd");
        Gelukt(opp.Evalueer(dag, "Ouders, leerkracht en intern begeleider", AlleDoelen, "Lezen gaat vooruit; het korte-termijndoel schuift op.", true, Ib, Om(dag)));

        opp.Evaluaties.ShouldHaveSingleItem().Versie.ShouldBe(1);
        opp.LaatstGeevalueerdOp.ShouldBe(dag);
        opp.EvaluatieUiterlijk.ShouldBe(new DateOnly(2028, 7, 31));
        opp.Gebeurtenissen[^1].Toelichting.ShouldBe("Versie 1 geëvalueerd op 15 maart 2027: 2 van 3 doelen behaald; er volgt een nieuwe versie.");
    }

    [Test]
    public void An_evaluation_needs_a_vastgesteld_plan()
    {
        Concept().Evalueer(Overlegdag, "Ouders", AlleDoelen, "Te vroeg.", false, Ib, Om(Overlegdag)).Fouten.ShouldHaveSingleItem().Code.ShouldBe("ongeldige-overgang");
    }

    [Test]
    public void Only_a_regular_primary_school_registers_the_begin_and_end_date_in_ROD()
    {
        var sbo = Vastgesteld(school: SoortSchool.Sbo);
        sbo.RodPlichtig.ShouldBeFalse();
        sbo.RodTeRegistreren.ShouldBeFalse();
        sbo.BevestigRodRegistratie(RodOnderdeel.Begindatum, Vaststeldag, Ib, Om(Vaststeldag)).Codes().ShouldBe(": niets-te-registreren");

        var bao = Vastgesteld();
        bao.RodPlichtig.ShouldBeTrue();
        bao.BegindatumTeRegistreren.ShouldBeTrue();
        bao.RodTeRegistreren.ShouldBeTrue();
    }

    [Test]
    public void The_LAS_confirms_the_begindatum_and_after_the_end_the_einddatum()
    {
        var opp = Vastgesteld();
        var geregistreerd = Vaststeldag.AddDays(2);

        opp.BevestigRodRegistratie(RodOnderdeel.Einddatum, geregistreerd, Ib, Om(geregistreerd)).Codes().ShouldBe(": niets-te-registreren");
        opp.BevestigRodRegistratie(RodOnderdeel.Begindatum, Vaststeldag.AddDays(-1), Ib, Om(geregistreerd)).Codes().ShouldBe("geregistreerdOp: registratie-te-vroeg");
        Gelukt(opp.BevestigRodRegistratie(RodOnderdeel.Begindatum, geregistreerd, Ib, Om(geregistreerd)));
        opp.RodTeRegistreren.ShouldBeFalse();

        var einde = new DateOnly(2027, 7, 15);
        Gelukt(opp.SluitAf(einde, "Sam gaat naar het voortgezet onderwijs.", Ib, Om(einde)));
        opp.Status.ShouldBe(OppStatus.Afgesloten);
        opp.EinddatumTeRegistreren.ShouldBeTrue();
        opp.RodTeRegistreren.ShouldBeTrue();
        Gelukt(opp.BevestigRodRegistratie(RodOnderdeel.Einddatum, einde, Ib, Om(einde)));
        opp.RodTeRegistreren.ShouldBeFalse();
    }

    [Test]
    public void The_werkvoorraad_shows_the_school_each_term_before_it_expires()
    {
        var concept = Concept();
        var wachtend = Vastgesteld(metInstemming: false);
        var geldend = Vastgesteld();
        var vandaag = new DateOnly(2026, 10, 5);

        Acties([concept, wachtend, geldend], [Rol.SchoolMedewerker], vandaag).ShouldBe(["instemming-vragen", "vaststellen", "rod-registreren", "rod-registreren"]);
        Acties([geldend], [Rol.SchoolMedewerker], geldend.EvaluatieUiterlijk!.Value).ShouldContain("evalueren");
        Acties([concept, wachtend, geldend], [Rol.SwvMedewerker], vandaag).ShouldBeEmpty();
    }

    [Test]
    public void The_school_takes_every_step_and_its_LAS_only_confirms_the_ROD_registration()
    {
        OppLevenscyclus.Tabel.Stappen.ShouldAllBe(s => s.Rollen.SequenceEqual(new[] { Rol.SchoolMedewerker }));
        OppLevenscyclus.Tabel.Stappen.Where(s => s.Scopes.Count > 0).Select(s => s.Code).ShouldBe([OppStap.RodRegistratie]);
        OppLevenscyclus.Tabel.ToegestaneStappen(Vastgesteld(), [Rol.SchoolMedewerker], []).ShouldBe(
            [OppStap.Herziening, OppStap.Evaluatie, OppStap.RodRegistratie, OppStap.Afsluiting]);
        OppLevenscyclus.Tabel.ToegestaneStappen(Vastgesteld(), [], [OppLevenscyclus.RodRegistrerenScope]).ShouldBe([OppStap.RodRegistratie]);
        OppLevenscyclus.Tabel.ToegestaneStappen(Vastgesteld(), [], ["opp.lezen"]).ShouldBeEmpty();
    }

    private static List<string> Acties(IEnumerable<Ontwikkelingsperspectiefplan> opps, Rol[] rollen, DateOnly horizon)
    {
        var lijst = opps.ToList();
        return [.. OppLevenscyclus.Tabel.Werkvoorraad(rollen, horizon).SelectMany(w => lijst.Where(w.Filter.Compile()).Select(_ => w.Regel.Actie))];
    }
}
