using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Matching;
using PassendOnderwijs.Domain.Ondersteuning;
using PassendOnderwijs.Domain.Organisaties;
using static PassendOnderwijs.Domain.UnitTests.Matching.MatchingMaker;

namespace PassendOnderwijs.Domain.UnitTests.Matching;

public class RangordeTests
{
    private static readonly IvoNiveaus Dekkend = Niveaus(2, 2, 2, 2, 2);

    private static readonly Schoolprofiel[] Scholen =
    [
        School("20SO00", SoortSchool.So, Dekkend, "Noord", "Stad"),
        School("21VS00", SoortSchool.Vso, Dekkend, "Zuid", "Haven"),
        School("30SB00", SoortSchool.Sbo, Dekkend, "Zuid", "Haven"),
        School("31PR00", SoortSchool.Pro, Dekkend, "Noord", "Stad"),
        School("40BA00", SoortSchool.Bao, Dekkend, "Zuid", "Haven"),
        School("41VO00", SoortSchool.Vo, Dekkend, "Noord", "Dorp"),
        School("42BA02", SoortSchool.Bao, Dekkend, "Noord", "Stad"),
        School("42BA01", SoortSchool.Bao, Dekkend, "Noord", "Stad"),
        School("43BA00", SoortSchool.Bao, Niveaus(2, 2, 2, 1, 2), "Noord", "Stad"),
    ];

    [Test]
    public void Each_tier_shows_its_five_nearest_and_counts_the_rest_in_a_remark()
    {
        var huidige = School("12AB00", SoortSchool.Bao, Niveaus(2, 2, 2, 2, 2));
        Schoolprofiel[] anderen =
        [
            School("50BA00", SoortSchool.Bao, Dekkend, "Zuid", "Haven"),
            School("51BA00", SoortSchool.Bao, Dekkend, "Noord", "Dorp"),
            School("52BA00", SoortSchool.Bao, Dekkend, "Noord", "Stad"),
            School("53BA00", SoortSchool.Bao, Dekkend, "Zuid", "Haven"),
            School("54BA00", SoortSchool.Bao, Dekkend, "Noord", "Stad"),
            School("55BA00", SoortSchool.Bao, Dekkend, "Zuid", "Haven"),
            School("56BA00", SoortSchool.Bao, Dekkend, "Noord", "Dorp"),
            School("57SB00", SoortSchool.Sbo, Dekkend, "Zuid", "Haven"),
        ];

        var advies = Advies(Vraag(Niveaus(1, 1, 1, 1, 1), huidige), [huidige, .. anderen], [], []);

        advies.Kandidaten.Select(k => k.School.Vestiging.Waarde).ShouldBe(["12AB00", "52BA00", "54BA00", "51BA00", "56BA00", "50BA00", "57SB00"]);
        advies.Opmerkingen.ShouldContain("Andere reguliere school: er zijn nog 2 mogelijkheden; hier staan de 5 die het best passen.");
        advies.Opmerkingen.ShouldNotContain(o => o.StartsWith("Speciaal basisonderwijs", StringComparison.Ordinal));
    }

    [Test]
    public void Lightest_tier_first_then_nearness_then_capacity_then_code()
    {
        // The current school lacks expertise and aandacht en tijd; the SWV's kinds close both, or begeleiding closes
        // expertise and an onderwijsarrangement the rest.
        var huidige = School("12AB00", SoortSchool.Bao, Niveaus(1, 2, 2, 1, 2));
        var vraag = Vraag(Niveaus(2, 1, null, 2, 0), huidige, Slechthorendheid);
        Arrangementinhoud[] arrangementen =
        [
            new(SoortArrangement.Onderwijsarrangement, Niveaus(2, null, null, null, null)),
            new(SoortArrangement.InzetExpert, Niveaus(null, null, null, 3, null)),
        ];
        Aanbiederprofiel[] aanbieders =
        [
            Aanbieder("500L000", Regel(Slechthorendheid, Werkgebied.Landelijk, capaciteit: 50)),
            Aanbieder("400S003", Regel(Slechthorendheid, InSwv)),
            Aanbieder("300S002", Regel(Slechthorendheid, InSwv, capaciteit: 3)),
            Aanbieder("200S001", Regel(Slechthorendheid, InSwv, capaciteit: 10)),
            Aanbieder("100S000", Regel(Slechthorendheid, InSwv, capaciteit: 10)),
            Aanbieder("900P000", Regel(Slechthorendheid, Gebied([], ["3811"]), capaciteit: 1)),
        ];

        var advies = Advies(vraag, [huidige, .. Scholen], arrangementen, aanbieders);

        advies.Kandidaten.Select(k => (k.Soort, k.Begeleiding?.Aanbieder.Waarde ?? k.School.Vestiging.Waarde)).ShouldBe(
        [
            (Settingsoort.HuidigeSchoolMetOndersteuning, "12AB00"),
            (Settingsoort.HuidigeSchoolMetOndersteuning, "900P000"),
            (Settingsoort.HuidigeSchoolMetOndersteuning, "100S000"),
            (Settingsoort.HuidigeSchoolMetOndersteuning, "200S001"),
            (Settingsoort.HuidigeSchoolMetOndersteuning, "300S002"),
            (Settingsoort.AndereReguliereSchool, "42BA01"),
            (Settingsoort.AndereReguliereSchool, "42BA02"),
            (Settingsoort.AndereReguliereSchool, "41VO00"),
            (Settingsoort.AndereReguliereSchool, "40BA00"),
            (Settingsoort.SpeciaalBasisonderwijsOfPraktijkonderwijs, "31PR00"),
            (Settingsoort.SpeciaalBasisonderwijsOfPraktijkonderwijs, "30SB00"),
            (Settingsoort.SpeciaalOnderwijs, "20SO00"),
            (Settingsoort.SpeciaalOnderwijs, "21VS00"),
        ]);
        advies.Kandidaten[0].Arrangementen.ShouldBe([SoortArrangement.Onderwijsarrangement, SoortArrangement.InzetExpert]);
        advies.Kandidaten[1].Arrangementen.ShouldBe([SoortArrangement.Onderwijsarrangement]);
        // Rule 8: five per tier; 400S003 and 500L000 (no room published, further away) are counted in a remark.
        advies.Opmerkingen.ShouldContain("Huidige school met extra ondersteuning: er zijn nog 2 mogelijkheden; hier staan de 5 die het best passen.");
        advies.Kandidaten.Select(k => k.Nabijheid).Skip(5).ShouldBe(
        [
            Nabijheid.ZelfdeLokaalNetwerk, Nabijheid.ZelfdeLokaalNetwerk, Nabijheid.ZelfdeRegio, Nabijheid.ZelfdeSamenwerkingsverband,
            Nabijheid.ZelfdeLokaalNetwerk, Nabijheid.ZelfdeSamenwerkingsverband, Nabijheid.ZelfdeLokaalNetwerk, Nabijheid.ZelfdeSamenwerkingsverband,
        ]);
        advies.Kandidaten.Select(k => k.TlvNodig).ShouldBe([.. Enumerable.Repeat(false, 9), true, true, true, true]);
        advies.Kandidaten[^1].Samenvatting.ShouldBe("School 21VS00 (voortgezet speciaal onderwijs, elders in het samenwerkingsverband): het ondersteuningsprofiel dekt elke gevraagde onderwijsbehoefte; een TLV is nodig.");
        advies.Kandidaten.ShouldAllBe(k => k.DektAlles && k.Velden.Count == 5 && k.Ontbreekt.Count == 0);
    }

    [Test]
    public void The_current_school_as_it_is_comes_first_when_it_covers()
    {
        var huidige = School("12AB00", SoortSchool.Bao, Dekkend);

        var advies = Advies(Vraag(Niveaus(2, 1, 0, 2, null), huidige, Slechthorendheid), [huidige, .. Scholen], aanbieders: [Aanbieder("101A003", Regel(Slechthorendheid, InSwv))]);

        advies.Kandidaten[0].Soort.ShouldBe(Settingsoort.HuidigeSchool);
        advies.Kandidaten[0].Samenvatting.ShouldBe("School 12AB00 zoals de school nu is: het ondersteuningsprofiel dekt elke gevraagde onderwijsbehoefte.");
        advies.Kandidaten.ShouldNotContain(k => k.Soort == Settingsoort.HuidigeSchoolMetOndersteuning, "without a gap there is no support to add");
        advies.Kandidaten.Select(k => k.Soort).Skip(1).ShouldAllBe(s => s >= Settingsoort.AndereReguliereSchool);
    }

    [Test]
    public void The_current_school_with_support_is_always_shown_after_the_covering_settings_with_what_is_missing()
    {
        var huidige = School("12AB00", SoortSchool.Bao, Niveaus(1, 2, 2, 1, 2));

        var advies = Advies(Vraag(Niveaus(3, null, null, 2, null), huidige), [School("30SB00", SoortSchool.Sbo, Niveaus(3, 3, 3, 3, 3))]);

        advies.Kandidaten.Select(k => k.Soort).ShouldBe([Settingsoort.SpeciaalBasisonderwijsOfPraktijkonderwijs, Settingsoort.HuidigeSchoolMetOndersteuning]);
        var thuisnabij = advies.Kandidaten[^1];
        thuisnabij.DektAlles.ShouldBeFalse();
        thuisnabij.Velden.Count(v => !v.Gedekt).ShouldBe(2);
        thuisnabij.Ontbreekt.Count.ShouldBe(4, "two fields, the swv's blank arrangements and the missing expertise");
        thuisnabij.Samenvatting.ShouldBe("School 12AB00: geen arrangement of begeleiding sluit de gaten; er ontbreekt iets bij aandacht en tijd en expertise.");
    }

    [Test]
    public void Begeleiding_that_the_chosen_kinds_make_needless_is_not_offered_as_its_own_option()
    {
        var huidige = School("12AB00", SoortSchool.Bao, Niveaus(1, 2, 2, 1, 2));
        var vraag = Vraag(Niveaus(2, null, null, 2, null), huidige, Slechthorendheid);

        // Inzet van een expert closes both gaps; with begeleiding it is still the lightest kind for aandacht en tijd.
        var advies = Advies(vraag, arrangementen: [new(SoortArrangement.InzetExpert, Niveaus(2, null, null, 3, null))], aanbieders: [Aanbieder("101A003", Regel(Slechthorendheid, InSwv))]);

        var kandidaat = advies.Kandidaten.ShouldHaveSingleItem();
        kandidaat.Begeleiding.ShouldBeNull();
        kandidaat.Arrangementen.ShouldBe([SoortArrangement.InzetExpert]);
    }
}
