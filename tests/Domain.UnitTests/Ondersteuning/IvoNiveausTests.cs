using PassendOnderwijs.Domain.Ondersteuning;

namespace PassendOnderwijs.Domain.UnitTests.Ondersteuning;

public class IvoNiveausTests
{
    [Test]
    public void Van_keeps_each_level_on_its_own_field_and_null_as_not_filled_in()
    {
        var niveaus = IvoNiveaus.Van(0, null, 2, 3, 1, "ondersteuningsprofiel").Waarde;

        niveaus.AandachtEnTijd.ShouldBe(Intensiteit.Geen);
        niveaus.Onderwijsmaterialen.ShouldBeNull();
        niveaus[IvoVeld.RuimtelijkeOmgeving].ShouldBe(Intensiteit.Intensief);
        niveaus[IvoVeld.Expertise].ShouldBe(Intensiteit.ZeerIntensief);
        niveaus.SamenwerkingMetAndereInstanties.ShouldBe(Intensiteit.Licht);
        niveaus.IsLeeg.ShouldBeFalse();
    }

    [Test]
    public void Level_0_is_filled_in_and_only_nulls_are_empty()
    {
        IvoNiveaus.Van(null, null, null, 0, null, "inhoud").Waarde.IsLeeg.ShouldBeFalse();
        IvoNiveaus.Van(null, null, null, null, null, "inhoud").Waarde.ShouldBe(IvoNiveaus.Leeg);
    }

    [Test]
    public void Every_level_outside_0_to_3_is_a_problem_on_its_own_field()
    {
        var fouten = IvoNiveaus.Van(7, 1, -1, null, 4, "ondersteuningsbehoeften.onderwijsbehoeften").Fouten;

        fouten.Select(f => f.Veld).ShouldBe([
            "ondersteuningsbehoeften.onderwijsbehoeften.niveaus.aandachtEnTijd",
            "ondersteuningsbehoeften.onderwijsbehoeften.niveaus.ruimtelijkeOmgeving",
            "ondersteuningsbehoeften.onderwijsbehoeften.niveaus.samenwerkingMetAndereInstanties",
        ]);
        fouten.ShouldAllBe(f => f.Code == "niveau-ongeldig");
        fouten[0].Melding.ShouldContain("Aandacht en tijd");
    }
}
