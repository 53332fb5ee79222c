using PassendOnderwijs.Domain.Ondersteuning;

namespace PassendOnderwijs.Domain.UnitTests.Leerlingen;

public class IvoVeldenTests
{
    private static readonly string TeLang = new('x', IvoVelden.MaximaleLengte + 1);

    [Test]
    public void Van_trims_every_field_and_makes_empty_ones_null()
    {
        var velden = IvoVelden.Van(" Verlengde instructie ", "", "  ", null, " Jeugdhulp ", "onderwijsbehoeften").Waarde;

        velden.AandachtEnTijd.ShouldBe("Verlengde instructie");
        velden.Onderwijsmaterialen.ShouldBeNull();
        velden.RuimtelijkeOmgeving.ShouldBeNull();
        velden.Expertise.ShouldBeNull();
        velden.SamenwerkingMetAndereInstanties.ShouldBe("Jeugdhulp");
        velden.IsLeeg.ShouldBeFalse();
    }

    [Test]
    public void Only_blank_fields_make_an_empty_description()
    {
        var velden = IvoVelden.Van(" ", "", "\t", null, " ", "inhoud").Waarde;

        velden.IsLeeg.ShouldBeTrue();
        velden.ShouldBe(IvoVelden.Leeg);
    }

    [Test]
    public void A_too_long_field_is_named_under_the_given_path()
    {
        var fout = IvoVelden.Van(null, null, null, TeLang, null, "ondersteuningsprofiel").Fouten.ShouldHaveSingleItem();

        (fout.Veld, fout.Code).ShouldBe(("ondersteuningsprofiel.expertise", "tekst-te-lang"));
    }

    [Test]
    public void Every_too_long_field_is_reported_and_the_maximum_itself_is_fine() =>
        IvoVelden.Van(TeLang, new string('m', IvoVelden.MaximaleLengte), TeLang, null, TeLang, "inhoud").Fouten.Select(f => f.Veld).ShouldBe(
            ["inhoud.aandachtEnTijd", "inhoud.ruimtelijkeOmgeving", "inhoud.samenwerkingMetAndereInstanties"], ignoreOrder: true);

    [Test]
    public void Length_is_measured_after_trimming() =>
        IvoVelden.Van($"  {new string('a', IvoVelden.MaximaleLengte)}  ", null, null, null, null, "inhoud").Waarde.AandachtEnTijd!.Length
            .ShouldBe(IvoVelden.MaximaleLengte);

    [Test]
    public void Van_carries_the_levels_and_empty_texts_with_a_level_are_not_empty()
    {
        var niveaus = new IvoNiveaus(Intensiteit.Intensief, null, null, Intensiteit.Geen, null);

        var velden = IvoVelden.Van(null, null, null, null, null, "inhoud", niveaus).Waarde;

        velden.Niveaus.ShouldBe(niveaus);
        velden.IsLeeg.ShouldBeFalse();
        IvoVelden.Van("Tekst", null, null, null, null, "inhoud").Waarde.Niveaus.ShouldBe(IvoNiveaus.Leeg);
    }
}
