using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Matching;
using PassendOnderwijs.Domain.Organisaties;
using static PassendOnderwijs.Domain.UnitTests.Matching.MatchingMaker;

namespace PassendOnderwijs.Domain.UnitTests.Matching;

public class ArrangementkeuzeTests
{
    // Gaps on aandacht en tijd (asks 2, school 1) and onderwijsmaterialen (asks 2, school 0).
    private static readonly Schoolprofiel Huidige = School("12AB00", SoortSchool.Bao, Niveaus(1, 0, 2, 2, 2));
    private static readonly Hulpvraag Vraag2 = Vraag(Niveaus(2, 2, null, null, null), Huidige);

    private static Arrangementinhoud Inhoud(SoortArrangement soort, int? aandachtEnTijd, int? materialen, int? ruimte = null) =>
        new(soort, Niveaus(aandachtEnTijd, materialen, ruimte, null, null));

    [Test]
    public void The_fewest_kinds_that_close_every_gap_win_even_when_heavier()
    {
        var kandidaat = Advies(Vraag2, arrangementen:
        [
            Inhoud(SoortArrangement.Onderwijsarrangement, 2, null),
            Inhoud(SoortArrangement.Middelen, null, 2),
            Inhoud(SoortArrangement.InzetExpert, 3, 3, 3),
        ]).Kandidaten.ShouldHaveSingleItem();

        kandidaat.Arrangementen.ShouldBe([SoortArrangement.InzetExpert]);
        kandidaat.DektAlles.ShouldBeTrue();
        kandidaat.Velden[0].Zin.ShouldBe("Aandacht en tijd: vraagt 2 (intensief), school biedt 1 (licht) → met inzet van een expert: 3 (zeer intensief)");
    }

    [Test]
    public void Among_as_many_kinds_the_lighter_wins_then_the_first_in_the_list()
    {
        var zwaar = Inhoud(SoortArrangement.InzetExpert, 3, 3, 3);
        var licht = Inhoud(SoortArrangement.Middelen, 2, 2);
        var ookLicht = Inhoud(SoortArrangement.Onderwijsarrangement, 2, 2);

        Advies(Vraag2, arrangementen: [zwaar, licht]).Kandidaten[0].Arrangementen.ShouldBe([SoortArrangement.Middelen]);
        Advies(Vraag2, arrangementen: [zwaar, licht, ookLicht]).Kandidaten[0].Arrangementen.ShouldBe([SoortArrangement.Middelen]);
        Advies(Vraag2, arrangementen: [ookLicht, zwaar, licht]).Kandidaten[0].Arrangementen.ShouldBe([SoortArrangement.Onderwijsarrangement]);
    }

    [Test]
    public void Two_kinds_together_close_what_neither_closes_alone()
    {
        var kandidaat = Advies(Vraag2, arrangementen:
        [
            Inhoud(SoortArrangement.Onderwijsarrangement, 2, null),
            Inhoud(SoortArrangement.DeeltijdplaatsingElders, 1, 1),
            Inhoud(SoortArrangement.Middelen, null, 3),
        ]).Kandidaten.ShouldHaveSingleItem();

        kandidaat.Arrangementen.ShouldBe([SoortArrangement.Onderwijsarrangement, SoortArrangement.Middelen]);
        kandidaat.Samenvatting.ShouldBe("School 12AB00 met onderwijsarrangement en middelen: dekt elke gevraagde onderwijsbehoefte.");
    }

    [Test]
    public void When_the_swv_stated_nothing_there_are_no_arrangement_options_and_the_explanation_says_so()
    {
        var advies = Advies(Vraag2);

        const string Zin = "Het samenwerkingsverband heeft nog niet vastgelegd wat zijn soorten arrangementen bieden; arrangementen zijn daarom niet als mogelijkheid meegenomen.";
        advies.Opmerkingen.ShouldBe([Zin]);
        var kandidaat = advies.Kandidaten.ShouldHaveSingleItem();
        kandidaat.Arrangementen.ShouldBeEmpty();
        kandidaat.Ontbreekt.ShouldBe(
        [
            "Aandacht en tijd: er is 2 (intensief) nodig; de school komt tot 1 (licht).",
            "Onderwijsmaterialen: er is 2 (intensief) nodig; de school komt tot 0 (geen).",
            Zin,
        ]);
    }

    [Test]
    public void Kinds_that_cannot_close_every_gap_still_close_what_they_can_and_the_rest_is_named()
    {
        var kandidaat = Advies(Vraag2, arrangementen:
        [
            Inhoud(SoortArrangement.Middelen, null, 1),
            Inhoud(SoortArrangement.Onderwijsarrangement, 2, null),
        ]).Kandidaten.ShouldHaveSingleItem();

        kandidaat.DektAlles.ShouldBeFalse();
        kandidaat.Arrangementen.ShouldBe([SoortArrangement.Onderwijsarrangement], "the kind that raises materialen to 1 closes nothing, so it is not chosen");
        kandidaat.Ontbreekt.ShouldBe(["Onderwijsmaterialen: er is 2 (intensief) nodig; de school komt tot 0 (geen)."]);
        kandidaat.Samenvatting.ShouldBe("School 12AB00 met onderwijsarrangement: ook dan ontbreekt er iets bij onderwijsmaterialen.");
    }

    [Test]
    public void A_kind_stated_twice_is_a_bug_of_the_caller()
    {
        Should.Throw<ArgumentException>(() => Wijs(Vraag2, arrangementen:
        [
            Inhoud(SoortArrangement.Middelen, 2, 2),
            Inhoud(SoortArrangement.Middelen, 3, 3),
        ]));
    }
}
