using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Ondersteuning;

namespace PassendOnderwijs.Domain.UnitTests.Leerlingen;

public class OndersteuningsbehoeftenTests
{
    private static readonly string TeLang = new('x', Ondersteuningsbehoeften.MaximaleLengte + 1);

    [Test]
    public void Van_trims_the_texts_and_leaves_empty_ones_out()
    {
        var ivo = IvoVelden.Van("Extra instructie", null, null, null, null, "onderwijsbehoeften").Waarde;

        var behoeften = Ondersteuningsbehoeften.Van("  Houdt van lezen ", " ", ivo, "", " Graag rust ").Waarde;

        behoeften.BevorderendeFactoren.ShouldBe("Houdt van lezen");
        behoeften.BelemmerendeFactoren.ShouldBeNull();
        behoeften.Onderwijsbehoeften.ShouldBeSameAs(ivo);
        behoeften.VisieLeerling.ShouldBeNull();
        behoeften.VisieOuders.ShouldBe("Graag rust");
    }

    [Test]
    public void Van_accepts_texts_of_the_maximum_length() =>
        Ondersteuningsbehoeften.Van(new string('x', Ondersteuningsbehoeften.MaximaleLengte), null, IvoVelden.Leeg, null, null)
            .Waarde.BevorderendeFactoren!.Length.ShouldBe(Ondersteuningsbehoeften.MaximaleLengte);

    [Test]
    public void Van_names_every_text_that_is_too_long() =>
        Ondersteuningsbehoeften.Van(TeLang, "Kort", IvoVelden.Leeg, TeLang, TeLang).Fouten.Select(f => $"{f.Veld}: {f.Code}").ShouldBe(
            ["bevorderendeFactoren: tekst-te-lang", "visieLeerling: tekst-te-lang", "visieOuders: tekst-te-lang"], ignoreOrder: true);

    [Test]
    public void The_empty_needs_describe_nothing()
    {
        Ondersteuningsbehoeften.Leeg.BevorderendeFactoren.ShouldBeNull();
        Ondersteuningsbehoeften.Leeg.Onderwijsbehoeften.IsLeeg.ShouldBeTrue();
        Ondersteuningsbehoeften.Van(" ", null, IvoVelden.Leeg, "", "\t").Waarde.ShouldBe(Ondersteuningsbehoeften.Leeg);
    }

    [Test]
    public void Van_keeps_expertise_codes_sorted_and_once()
    {
        var behoeften = Ondersteuningsbehoeften.Van(null, null, IvoVelden.Leeg, null, null, ["SLECHTZIENDHEID", "AUTISMESPECTRUMSTOORNISSEN", "SLECHTZIENDHEID"]).Waarde;

        behoeften.Expertises.Select(e => e.Waarde).ShouldBe(["AUTISMESPECTRUMSTOORNISSEN", "SLECHTZIENDHEID"]);
        Ondersteuningsbehoeften.Leeg.Expertises.ShouldBeEmpty();
    }

    [Test]
    public void Van_names_every_expertise_code_that_does_not_read_and_a_too_long_list()
    {
        var fouten = Ondersteuningsbehoeften.Van(
            TeLang, null, IvoVelden.Leeg, null, null, ["autisme", .. Enumerable.Range(0, Ondersteuningsbehoeften.MaximumExpertises).Select(i => $"CODE_{i}")]).Fouten;

        fouten.Select(f => f.Veld).ShouldBe(["bevorderendeFactoren", "expertises[0]", "expertises"]);
        fouten.Select(f => f.Code).ShouldBe(["tekst-te-lang", "ongeldige-expertisecode", "te-veel-expertises"], ignoreOrder: true);
    }
}
