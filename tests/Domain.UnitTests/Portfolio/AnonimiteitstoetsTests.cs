using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Casuistiek;

namespace PassendOnderwijs.Domain.UnitTests.Portfolio;

public class AnonimiteitstoetsTests
{
    private const int Jaar = 2027;

    private static readonly Anonimiteitscontext Context = new(
        [new Leerlingnaam("Emma", "de Vries"), new Leerlingnaam("Daan", "Bakker")], Jaar, ["Noord-West", "Veenendaal"]);

    private static Toetsuitkomst Toets(string tekst) => Anonimiteitstoets.Toets([new("ondersteuningsvraag", tekst)], Context);

    [TestCase("De leerling heeft moeite met plannen en raakt snel afgeleid in groep 5.")]
    [TestCase("Sinds oktober 2026 werkt de leerkracht met Kanjertraining en Taakspel; op Maandag is er een IB-gesprek.")]
    [TestCase("Het IB'er-overleg in Noord-West adviseerde het OPP bij te stellen.")]
    [TestCase("Uitstroom verwacht naar VMBO. Rekenen op niveau 1F.")]
    [TestCase("De bespreking was op 14 maart 2027 en de volgende is op 2027-05-20.")]
    [TestCase("Schooljaar 2025-2026: toetsscore 345 van 500.")]
    public void An_ordinary_case_text_passes_without_warnings(string tekst)
    {
        var uitkomst = Toets(tekst);

        uitkomst.Weigeringen.ShouldBeEmpty();
        uitkomst.Waarschuwingen.ShouldBeEmpty();
        uitkomst.Blokkerend(anoniemBevestigd: false).ShouldBeEmpty();
    }

    [TestCase("BSN 111222333 staat in het dossier.")]
    [TestCase("Nummer 123.456.782 uit de administratie.")]
    [TestCase("Nummer 123 456 782.")]
    public void A_bsn_that_passes_the_elfproef_is_refused(string tekst)
    {
        var uitkomst = Toets(tekst);

        uitkomst.Weigeringen.Select(f => (f.Code, f.Veld, f.Soort)).ShouldBe([("bsn-in-tekst", "ondersteuningsvraag", FoutSoort.Ongeldig)]);
    }

    [TestCase("Leerlingnummer 123456789.")]
    [TestCase("Dossier 1234 5678.")]
    public void A_run_of_eight_or_nine_digits_that_is_no_bsn_is_a_warning(string tekst)
    {
        var uitkomst = Toets(tekst);

        uitkomst.Weigeringen.ShouldBeEmpty();
        uitkomst.Waarschuwingen.Select(f => f.Code).ShouldBe(["nummer-in-tekst"]);
        uitkomst.Waarschuwingen[0].Soort.ShouldBe(FoutSoort.RegelGeschonden);
    }

    [TestCase("Geboren 14-03-2015, nu in groep 6.")]
    [TestCase("Geboren 4-3-15.")]
    [TestCase("Geboren 2015-03-14.")]
    [TestCase("Geboren 14 maart 2015.")]
    [TestCase("Geboren 14 mrt. 2015.")]
    [TestCase("Geboren 14/03/2015.")]
    public void A_date_in_the_years_pupils_are_born_in_is_refused(string tekst) =>
        Toets(tekst).Weigeringen.Select(f => f.Code).ShouldBe(["geboortedatum-in-tekst"]);

    [TestCase("Gesprek gehad op 14-03-2026.")]
    [TestCase("Op 31-02-2015 niets.")]
    [TestCase("Verwacht in 1985-03-14.")]
    public void A_recent_old_or_impossible_date_is_no_date_of_birth(string tekst) =>
        Toets(tekst).Weigeringen.ShouldBeEmpty();

    [TestCase("Het gaat om Emma de Vries uit groep 4.")]
    [TestCase("het gaat om emma DE vries.")]
    [TestCase("Zorgen over Daan Bakker, al langer.")]
    public void The_first_and_last_name_of_a_pupil_of_the_vestiging_is_refused(string tekst) =>
        Toets(tekst).Weigeringen.Select(f => f.Code).ShouldBe(["naam-van-leerling"]);

    [Test]
    public void A_pupil_of_another_school_is_only_a_capital_warning()
    {
        var uitkomst = Toets("Het gaat om een kind dat lijkt op Sanne Jansen.");

        uitkomst.Weigeringen.ShouldBeEmpty();
        uitkomst.Waarschuwingen.Select(f => f.Code).ShouldBe(["mogelijke-naam"]);
    }

    [TestCase("Contact via ouder@voorbeeld.nl voor afspraken.", "emailadres-in-tekst")]
    [TestCase("Bel moeder op 06-12345678 na drie uur.", "telefoonnummer-in-tekst")]
    [TestCase("Bel moeder op +31 6 1234 5678.", "telefoonnummer-in-tekst")]
    [TestCase("Het gezin woont aan de kerkstraat 12 sinds kort.", "adres-in-tekst")]
    [TestCase("een 8-jarige uit een pleeggezin, sinds kort op school.", "leeftijd-met-detail")]
    [TestCase("Hij is 9 jaar en een tweeling.", "leeftijd-met-detail")]
    [TestCase("Vader werkt bij de bakker, zegt Mohammed.", "mogelijke-naam")]
    public void Details_that_may_identify_are_warnings(string tekst, string code)
    {
        var uitkomst = Toets(tekst);

        uitkomst.Weigeringen.ShouldBeEmpty();
        uitkomst.Waarschuwingen.Select(f => f.Code).ShouldBe([code]);
        uitkomst.Blokkerend(anoniemBevestigd: false).ShouldBe(uitkomst.Waarschuwingen);
        uitkomst.Blokkerend(anoniemBevestigd: true).ShouldBeEmpty();
    }

    [Test]
    public void An_age_alone_is_fine() => Toets("De leerling is 9 jaar en leest op niveau E4.").Waarschuwingen.ShouldBeEmpty();

    [Test]
    public void Refusals_block_even_when_confirmed_and_every_field_is_named()
    {
        var uitkomst = Anonimiteitstoets.Toets(
            [new("ondersteuningsvraag", "Emma de Vries, geboren 14-03-2015."), new("geprobeerd", "BSN 111222333; mail ouder@voorbeeld.nl.")],
            Context);

        uitkomst.Weigeringen.Select(f => (f.Veld, f.Code)).ShouldBe(
            [("ondersteuningsvraag", "geboortedatum-in-tekst"), ("ondersteuningsvraag", "naam-van-leerling"), ("geprobeerd", "bsn-in-tekst")],
            ignoreOrder: true);
        uitkomst.Waarschuwingen.Select(f => (f.Veld, f.Code)).ShouldBe([("ondersteuningsvraag", "mogelijke-naam"), ("geprobeerd", "emailadres-in-tekst")]);
        uitkomst.Blokkerend(anoniemBevestigd: true).ShouldBe(uitkomst.Weigeringen);
    }

    [Test]
    public void A_problem_never_repeats_the_text_it_found()
    {
        var uitkomst = Anonimiteitstoets.Toets(
            [new("notities", "Emma de Vries, 111222333, 14-03-2015, Mohammed, ouder@voorbeeld.nl, 06-12345678, Kerkstraat 12.")], Context);

        var meldingen = uitkomst.Weigeringen.Concat(uitkomst.Waarschuwingen).Select(f => f.Melding).ToList();
        meldingen.Count.ShouldBe(7);
        foreach (var deel in new[] { "Emma", "Vries", "111222333", "2015", "Mohammed", "ouder@", "12345678", "Kerkstraat" })
        {
            meldingen.ShouldAllBe(m => !m.Contains(deel, StringComparison.OrdinalIgnoreCase));
        }
    }

    [TestCase("111222333", true)]
    [TestCase("123456782", true)]
    [TestCase("123456789", false)]
    [TestCase("000000000", false)]
    [TestCase("12345678", false)]
    public void The_elfproef(string cijfers, bool geldig) => Anonimiteitstoets.Elfproef(cijfers).ShouldBe(geldig);

    [Test]
    public void Empty_fields_pass() =>
        Anonimiteitstoets.Toets([new("notities", null), new("advies", "  ")], Context).Weigeringen.ShouldBeEmpty();
}
