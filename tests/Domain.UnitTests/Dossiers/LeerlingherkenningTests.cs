using PassendOnderwijs.Domain.Dossiers;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.UnitTests.Organisaties;

namespace PassendOnderwijs.Domain.UnitTests.Dossiers;

public class LeerlingherkenningTests
{
    private static readonly DateOnly Vandaag = new(2026, 12, 3);
    private static readonly DateOnly Geboren = new(2016, 3, 17);

    private static Leerling Leerling(string voornaam, string achternaam, DateOnly? geboren = null, string? sleutel = null)
    {
        var leerling = Domain.Leerlingen.Leerling.Registreer(OrganisatieMaker.NieuweSchool(), voornaam, achternaam, geboren ?? Geboren, "5", Vandaag).Waarde;
        leerling.KoppelLasSleutel(sleutel).IsGelukt.ShouldBeTrue();
        return leerling;
    }

    [Test]
    public void The_LAS_key_decides_before_any_name()
    {
        var bekend = Leerling("Anna", "Smit", new DateOnly(2015, 1, 1), "LN1");
        var herkend = Leerlingherkenning.Herken("LN1", "Daan", "van de Berg", Geboren, [Leerling("Daan", "van de Berg"), bekend]);
        herkend.ShouldBeOfType<Herkenning.Bekend>().Leerling.ShouldBeSameAs(bekend);
    }

    [Test]
    public void Name_and_date_of_birth_match_without_case_accents_or_extra_spaces()
    {
        var bjorn = Leerling("Björn", "van de  Berg");
        var herkend = Leerlingherkenning.Herken("LN1", "bjorn", "Van de Berg", Geboren, [bjorn, Leerling("Björn", "van de Berg", new DateOnly(2016, 3, 18))]);
        herkend.ShouldBeOfType<Herkenning.Bekend>().Leerling.ShouldBeSameAs(bjorn);
    }

    [Test]
    public void Only_one_name_in_common_on_the_same_birthday_is_a_doubt()
    {
        var broer = Leerling("Bram", "van de Berg");
        Leerlingherkenning.Herken(null, "Daan", "van de Berg", Geboren, [broer]).ShouldBeOfType<Herkenning.Twijfel>().Kandidaten.ShouldBe([broer]);
    }

    [Test]
    public void Two_exact_matches_or_a_match_with_another_LAS_key_is_a_doubt()
    {
        Leerlingherkenning.Herken(null, "Daan", "Berg", Geboren, [Leerling("Daan", "Berg"), Leerling("Daan", "Berg")]).ShouldBeOfType<Herkenning.Twijfel>();
        Leerlingherkenning.Herken("LN2", "Daan", "Berg", Geboren, [Leerling("Daan", "Berg", sleutel: "LN1")]).ShouldBeOfType<Herkenning.Twijfel>();
    }

    [Test]
    public void Nobody_alike_is_a_new_pupil()
    {
        Leerlingherkenning.Herken("LN1", "Daan", "Berg", Geboren, [Leerling("Daan", "Berg", new DateOnly(2016, 3, 16)), Leerling("Eva", "Smit")])
            .ShouldBeOfType<Herkenning.Nieuw>();
    }
}

public class LeerlingBijwerkenTests
{
    private static Leerling Sam() =>
        Leerling.Registreer(OrganisatieMaker.NieuweSchool(), "Sam", "Jansen", new DateOnly(2017, 5, 1), "5", new DateOnly(2026, 12, 3)).Waarde;

    [Test]
    public void A_newer_source_updates_name_and_groep_and_says_what_changed()
    {
        var sam = Sam();
        sam.WerkBij("Sam", "Jansen-de Vries", "6").Waarde.ShouldBe(["achternaam", "groep"]);
        sam.Achternaam.ShouldBe("Jansen-de Vries");
        sam.WerkBij("Sam", "Jansen-de Vries", "6").Waarde.ShouldBeEmpty();
    }

    [Test]
    public void An_invalid_update_changes_nothing()
    {
        var sam = Sam();
        sam.WerkBij("", "Jansen", new string('9', Leerling.MaximaleLengteGroep + 1)).Fouten.Select(f => f.Code).ShouldBe(["voornaam-vereist", "tekst-te-lang"], ignoreOrder: true);
        (sam.Voornaam, sam.Groep).ShouldBe(("Sam", "5"));
    }

    [Test]
    public void The_LAS_key_is_kept_trimmed_and_limited()
    {
        var sam = Sam();
        sam.KoppelLasSleutel(" LN094837 ").IsGelukt.ShouldBeTrue();
        sam.LasSleutel.ShouldBe("LN094837");
        sam.KoppelLasSleutel(new string('x', Leerling.MaximaleLengteLasSleutel + 1)).IsGelukt.ShouldBeFalse();
        sam.LasSleutel.ShouldBe("LN094837");
        sam.KoppelLasSleutel("LN\n094837").Fouten.Single().Code.ShouldBe("las-sleutel-ongeldig");
        sam.KoppelLasSleutel("LN\u0000").Fouten.Single().Code.ShouldBe("las-sleutel-ongeldig");
        sam.LasSleutel.ShouldBe("LN094837");
        sam.KoppelLasSleutel("  ").IsGelukt.ShouldBeTrue();
        sam.LasSleutel.ShouldBeNull();
    }
}
