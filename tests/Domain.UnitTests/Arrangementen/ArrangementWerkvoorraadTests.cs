using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Gebruikers;
using static PassendOnderwijs.Domain.UnitTests.Arrangementen.ArrangementMaker;

namespace PassendOnderwijs.Domain.UnitTests.Arrangementen;

/// <summary>
/// The werkvoorraad the lifecycle table derives: which line waits for whom, per role and for a person with more
/// than one role. The filters are expressions (the API runs them in SQL); here they run compiled, on aggregates.
/// </summary>
public class ArrangementWerkvoorraadTests
{
    private static readonly DateOnly Horizon = Vandaag.AddDays(30);

    private static List<string> Lijnen(Arrangement a, params Rol[] rollen) =>
        ArrangementLevenscyclus.Tabel.Werkvoorraad(rollen, Horizon)
            .Where(w => w.Filter.Compile()(a))
            .Select(w => w.Regel.Actie)
            .ToList();

    [Test]
    public void A_new_request_waits_for_the_swv_only() =>
        Lijnen(Aangevraagd(), Rol.SwvMedewerker).ShouldBe(["in-behandeling-nemen"]);

    [Test]
    public void An_open_question_waits_for_the_school_and_holds_the_decision_back()
    {
        Lijnen(InBehandeling(), Rol.SwvMedewerker).ShouldBe(["besluiten"]);
        Lijnen(MetOpenVraag(), Rol.SwvMedewerker).ShouldBeEmpty();
        Lijnen(MetOpenVraag(), Rol.SchoolMedewerker).ShouldBe(["vraag-beantwoorden"]);
        Lijnen(InBehandeling(), Rol.SchoolMedewerker).ShouldBeEmpty();
    }

    [Test]
    public void A_person_with_two_roles_sees_the_lines_of_both()
    {
        Lijnen(MetOpenVraag(), Rol.SwvMedewerker, Rol.SchoolMedewerker).ShouldBe(["vraag-beantwoorden"]);
        Lijnen(Aangevraagd(), Rol.SchoolMedewerker, Rol.SwvMedewerker).ShouldBe(["in-behandeling-nemen"]);
    }

    [Test]
    public void An_expert_must_act_only_on_support_an_expert_provides()
    {
        var doorSchool = Toegekend();
        var doorExpert = Toegekend(GeldigeAanvraag() with { Uitvoerder = new Uitvoerder(SoortUitvoerder.Expert, "Gedragsexpert", null, null) });

        Lijnen(doorSchool, Rol.Expert).ShouldBeEmpty();
        Lijnen(doorExpert, Rol.Expert).ShouldBe(["starten"]);
        Lijnen(doorSchool, Rol.SchoolMedewerker).ShouldBe(["starten"]);
    }

    [Test]
    public void An_active_arrangement_asks_for_its_evaluation_when_due_and_for_its_end_when_near()
    {
        var actief = Actief();
        Lijnen(actief, Rol.SchoolMedewerker).ShouldBeEmpty();

        var evaluatieNodig = ArrangementLevenscyclus.Tabel.Werkvoorraad([Rol.SchoolMedewerker], actief.VolgendeEvaluatieUiterlijk!.Value)
            .Where(w => w.Filter.Compile()(actief)).Select(w => w.Regel.Actie);
        evaluatieNodig.ShouldBe(["evalueren"]);

        var eindeNabij = ArrangementLevenscyclus.Tabel.Werkvoorraad([Rol.SchoolMedewerker], Einde)
            .Where(w => w.Filter.Compile()(actief)).Select(w => w.Regel.Actie);
        eindeNabij.ShouldBe(["beeindigen"]);
    }

    [Test]
    public void Nothing_waits_for_a_role_that_takes_no_step_or_on_a_closed_arrangement()
    {
        Lijnen(Aangevraagd(), Rol.SwvBeheerder).ShouldBeEmpty();
        Lijnen(Afgewezen(), Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert).ShouldBeEmpty();
        Lijnen(Beeindigd(), Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert).ShouldBeEmpty();
    }
}
