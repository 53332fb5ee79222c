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

    /// <summary>The lines and the role each is for, looking ahead to <paramref name="horizon"/>.</summary>
    private static List<(string Actie, Rol Voor)> LijnenVoor(Arrangement a, DateOnly horizon, params Rol[] rollen) =>
        ArrangementLevenscyclus.Tabel.Werkvoorraad(rollen, horizon)
            .Where(w => w.Filter.Compile()(a))
            .Select(w => (w.Regel.Actie, w.Voor))
            .ToList();

    private static string Reden(Arrangement a, string actie) =>
        ArrangementLevenscyclus.Tabel.Stappen.Select(s => s.Werkvoorraad).First(w => w?.Actie == actie)!.Omschrijving.Compile()(a);

    private static Aanvraag UitgevoerdDoor(SoortUitvoerder soort) =>
        GeldigeAanvraag() with { Uitvoerder = new Uitvoerder(soort, "Uitvoerder", soort == SoortUitvoerder.Oba ? "100001" : null, soort == SoortUitvoerder.Oba ? "Visuele beperking" : null) };

    private static readonly Rol[] Iedereen = [Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert];

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

    [Test]
    public void A_due_evaluation_of_support_the_school_provides_waits_for_the_school_only()
    {
        var actief = Actief();
        var due = actief.VolgendeEvaluatieUiterlijk!.Value;

        LijnenVoor(actief, due, Rol.SchoolMedewerker).ShouldBe([("evalueren", Rol.SchoolMedewerker)]);
        LijnenVoor(actief, due, Rol.SwvMedewerker).ShouldBeEmpty();
        LijnenVoor(actief, due, Rol.Expert).ShouldBeEmpty();
    }

    [Test]
    public void A_due_evaluation_of_support_an_expert_provides_waits_for_the_expert_only()
    {
        var actief = Toegekend(UitgevoerdDoor(SoortUitvoerder.Expert)).Start(Ingang, Domain.Beleid.Arrangementtermijnen.Standaard, Ib, Om(Ingang)).Waarde;
        var due = actief.VolgendeEvaluatieUiterlijk!.Value;

        LijnenVoor(actief, due, Iedereen).ShouldBe([("evalueren", Rol.Expert)]);
        LijnenVoor(actief, due, Rol.SchoolMedewerker).ShouldBeEmpty();
        LijnenVoor(actief, due, Rol.SwvMedewerker).ShouldBeEmpty();
        LijnenVoor(actief, Einde, Iedereen).ShouldBe([("beeindigen", Rol.Expert)]);
    }

    [TestCase(SoortUitvoerder.School)]
    [TestCase(SoortUitvoerder.SboSo)]
    [TestCase(SoortUitvoerder.Oba)]
    public void Starting_support_someone_other_than_an_expert_provides_waits_for_the_school(SoortUitvoerder soort) =>
        LijnenVoor(Toegekend(UitgevoerdDoor(soort)), Horizon, Iedereen).ShouldBe([("starten", Rol.SchoolMedewerker)]);

    [Test]
    public void Every_line_names_the_one_role_that_must_act_even_for_a_person_with_every_role()
    {
        LijnenVoor(Aangevraagd(), Horizon, Iedereen).ShouldBe([("in-behandeling-nemen", Rol.SwvMedewerker)]);
        LijnenVoor(InBehandeling(), Horizon, Iedereen).ShouldBe([("besluiten", Rol.SwvMedewerker)]);
        LijnenVoor(MetOpenVraag(), Horizon, Iedereen).ShouldBe([("vraag-beantwoorden", Rol.SchoolMedewerker)]);
        LijnenVoor(Toegekend(), Horizon, Iedereen).ShouldBe([("starten", Rol.SchoolMedewerker)]);
    }

    [Test]
    public void The_reason_for_an_evaluation_names_the_last_one_or_the_start()
    {
        Reden(Actief(), "evalueren").ShouldBe("Evaluatie nodig: gestart op 1 december 2026 en nog niet geëvalueerd");
        Reden(Geevalueerd(), "evalueren").ShouldBe("Evaluatie nodig: de laatste was op 15 januari 2027");
        Reden(MetOpenVraag(), "vraag-beantwoorden").ShouldBe("Het samenwerkingsverband vraagt: Stuur het groeidocument mee.");
    }

    [Test]
    public void The_arrangement_keeps_who_requested_it_and_when_it_was_last_evaluated()
    {
        Aangevraagd().AangevraagdDoor.ShouldBe(Ib.Id);
        Actief().LaatstGeevalueerdOp.ShouldBeNull();
        Geevalueerd().LaatstGeevalueerdOp.ShouldBe(EersteEvaluatie);
    }
}
