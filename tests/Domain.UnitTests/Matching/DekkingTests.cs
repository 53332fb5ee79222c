using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Matching;
using PassendOnderwijs.Domain.Ondersteuning;
using PassendOnderwijs.Domain.Organisaties;
using static PassendOnderwijs.Domain.UnitTests.Matching.MatchingMaker;

namespace PassendOnderwijs.Domain.UnitTests.Matching;

public class DekkingTests
{
    [TestCase(null, null, true, TestName = "A need not filled in asks nothing, even of a blank profile")]
    [TestCase(0, null, true, TestName = "A need of geen asks nothing")]
    [TestCase(2, 2, true, TestName = "An equal level covers")]
    [TestCase(2, 3, true, TestName = "A higher level covers")]
    [TestCase(2, 1, false, TestName = "A lower level does not cover")]
    [TestCase(1, null, false, TestName = "A level the school did not fill in covers nothing")]
    [TestCase(1, 0, false, TestName = "A level of geen does not cover a need of licht")]
    public void Coverage_per_field(int? gevraagd, int? biedt, bool gedekt)
    {
        // Samenwerking asks geen, so the needs are never all blank.
        var huidige = School("12AB00", SoortSchool.Bao, Niveaus(biedt, null, null, null, null));
        var advies = Advies(Vraag(Niveaus(gevraagd, null, null, null, 0), huidige));

        var kandidaat = advies.Kandidaten[0];
        kandidaat.Velden[0].Gedekt.ShouldBe(gedekt);
        kandidaat.Soort.ShouldBe(gedekt ? Settingsoort.HuidigeSchool : Settingsoort.HuidigeSchoolMetOndersteuning);
        kandidaat.DektAlles.ShouldBe(gedekt);
    }

    [Test]
    public void Each_field_line_says_what_is_asked_and_offered_in_plain_Dutch()
    {
        var huidige = School("12AB00", SoortSchool.Bao, Niveaus(2, null, 0, 3, null));
        var kandidaat = Advies(Vraag(Niveaus(1, 2, 0, 3, null), huidige)).Kandidaten[0];

        kandidaat.Velden.Select(v => v.Zin).ShouldBe(
        [
            "Aandacht en tijd: vraagt 1 (licht), school biedt 2 (intensief): voldoet",
            "Onderwijsmaterialen: vraagt 2 (intensief), school heeft dit niet ingevuld: niet gedekt",
            "Ruimtelijke omgeving: niet gevraagd",
            "Expertise: vraagt 3 (zeer intensief), school biedt 3 (zeer intensief): voldoet",
            "Samenwerking met andere instanties: niet gevraagd",
        ]);
        kandidaat.Ontbreekt[0].ShouldBe("Onderwijsmaterialen: de school heeft dit niet ingevuld in haar ondersteuningsprofiel; er is 2 (intensief) nodig.");
    }

    [Test]
    public void Needs_without_any_level_are_an_expected_failure_not_an_empty_advice()
    {
        var huidige = School("12AB00", SoortSchool.Bao, Niveaus(2, 2, 2, 2, 2));

        var uitkomst = Wijs(Vraag(IvoNiveaus.Leeg, huidige));

        uitkomst.IsGelukt.ShouldBeFalse();
        uitkomst.Soort.ShouldBe(FoutSoort.RegelGeschonden);
        var fout = uitkomst.Fouten.ShouldHaveSingleItem();
        fout.Code.ShouldBe("behoeften-zonder-niveau");
        fout.Melding.ShouldBe("Vul bij de onderwijsbehoeften eerst de niveaus in; zonder niveaus is er niets te vergelijken.");
    }
}
