using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using static PassendOnderwijs.Domain.UnitTests.Arrangementen.ArrangementMaker;

namespace PassendOnderwijs.Domain.UnitTests.Arrangementen;

/// <summary>Handling a request: questions to the school and the decision.</summary>
public class ArrangementBesluitTests
{
    private static readonly DateTimeOffset Beslismoment = Om(Besluitdag);

    [Test]
    public void KenToe_records_the_decision_and_copies_the_beschikkingsnummer()
    {
        var arrangement = InBehandeling();

        arrangement.KenToe("  BS-2026-0042 ", Besluitdag, " Past bij de onderwijsbehoeften. ", Consulent, Beslismoment).IsGelukt.ShouldBeTrue();

        arrangement.Status.ShouldBe(ArrangementStatus.Toegekend);
        arrangement.Besluit.ShouldBe(new Besluit(true, Besluitdag, "BS-2026-0042", "Past bij de onderwijsbehoeften.", Consulent, Beslismoment));
        arrangement.Beschikkingsnummer.ShouldBe("BS-2026-0042");
        arrangement.Gebeurtenissen[^1].ShouldBe(new Gebeurtenis(Beslismoment, Consulent, Gebeurtenis.Toegekend, "BS-2026-0042: Past bij de onderwijsbehoeften."));
    }

    [Test]
    public void WijsAf_records_a_refusal_with_its_reason()
    {
        var arrangement = InBehandeling();

        arrangement.WijsAf("BS-2026-0043", Besluitdag, "De basisondersteuning volstaat.", Consulent, Beslismoment).IsGelukt.ShouldBeTrue();

        arrangement.Status.ShouldBe(ArrangementStatus.Afgewezen);
        arrangement.Besluit.ShouldBe(new Besluit(false, Besluitdag, "BS-2026-0043", "De basisondersteuning volstaat.", Consulent, Beslismoment));
        arrangement.Beschikkingsnummer.ShouldBe("BS-2026-0043");
    }

    [Test]
    public void KenToe_needs_a_beschikkingsnummer_and_a_motivation()
    {
        var arrangement = InBehandeling();

        var uitkomst = arrangement.KenToe(" ", Besluitdag, null, Consulent, Beslismoment);

        uitkomst.Soort.ShouldBe(FoutSoort.Ongeldig);
        uitkomst.Fouten.Select(f => $"{f.Veld}: {f.Code}").ShouldBe(
            ["beschikkingsnummer: beschikkingsnummer-vereist", "motivering: motivering-vereist"], ignoreOrder: true);
        arrangement.Status.ShouldBe(ArrangementStatus.InBehandeling);
        arrangement.Besluit.ShouldBeNull();
        arrangement.Beschikkingsnummer.ShouldBeNull();
    }

    [Test]
    public void WijsAf_without_a_reason_is_refused()
    {
        var arrangement = InBehandeling();

        var fout = arrangement.WijsAf("BS-2026-0043", Besluitdag, "  ", Consulent, Beslismoment).Fouten.ShouldHaveSingleItem();

        (fout.Veld, fout.Code).ShouldBe(("motivering", "reden-afwijzing-vereist"));
        arrangement.Status.ShouldBe(ArrangementStatus.InBehandeling);
    }

    [Test]
    public void A_too_long_beschikkingsnummer_is_refused() =>
        InBehandeling().KenToe(new string('9', Besluit.MaximaleLengteBeschikkingsnummer + 1), Besluitdag, "Past.", Consulent, Beslismoment)
            .Fouten.ShouldHaveSingleItem().ShouldBe(Fout.Ongeldig("tekst-te-lang", $"Hoogstens {Besluit.MaximaleLengteBeschikkingsnummer} tekens.", "beschikkingsnummer"));

    [TestCase(-1, Description = "the day before the request")]
    [TestCase(2, Description = "the day after tomorrow")]
    [TestCase(30, Description = "next month")]
    public void A_decision_dated_outside_request_to_today_is_refused(int dagenNaVandaag)
    {
        var arrangement = InBehandeling();
        var besluitdatum = dagenNaVandaag < 0 ? Vandaag.AddDays(dagenNaVandaag) : Besluitdag.AddDays(dagenNaVandaag);

        var uitkomst = arrangement.WijsAf("BS-1", besluitdatum, "Volstaat.", Consulent, Beslismoment);

        var fout = uitkomst.Fouten.ShouldHaveSingleItem();
        (fout.Soort, fout.Veld, fout.Code).ShouldBe((FoutSoort.Ongeldig, "besluitdatum", "ongeldige-besluitdatum"));
        arrangement.Status.ShouldBe(ArrangementStatus.InBehandeling);
    }

    [Test]
    public void A_decision_may_be_dated_on_the_day_of_the_request_and_on_today()
    {
        InBehandeling().KenToe("BS-1", Vandaag, "Past.", Consulent, Beslismoment).IsGelukt.ShouldBeTrue();
        InBehandeling().KenToe("BS-1", Besluitdag, "Past.", Consulent, Beslismoment).IsGelukt.ShouldBeTrue();
    }

    [Test]
    public void A_decision_reports_every_problem_at_once() =>
        InBehandeling().WijsAf(null, Vandaag.AddDays(-10), null, Consulent, Beslismoment).Fouten.Select(f => f.Code)
            .ShouldBe(["beschikkingsnummer-vereist", "reden-afwijzing-vereist", "ongeldige-besluitdatum"], ignoreOrder: true);

    [TestCase(true)]
    [TestCase(false)]
    public void A_decision_lets_an_open_question_lapse(bool toekennen)
    {
        var arrangement = MetOpenVraag();

        var uitkomst = toekennen
            ? arrangement.KenToe("BS-1", Besluitdag, "Past.", Consulent, Beslismoment)
            : arrangement.WijsAf("BS-1", Besluitdag, "Volstaat.", Consulent, Beslismoment);

        uitkomst.IsGelukt.ShouldBeTrue();
        arrangement.OpenVraag.ShouldBeNull();
    }

    [Test]
    public void A_refused_decision_leaves_the_open_question_open()
    {
        var arrangement = MetOpenVraag();

        arrangement.KenToe(null, Besluitdag, "Past.", Consulent, Beslismoment).IsGelukt.ShouldBeFalse();

        arrangement.OpenVraag.ShouldBe("Stuur het groeidocument mee.");
        arrangement.Gebeurtenissen[^1].Actie.ShouldBe(Gebeurtenis.InformatieGevraagd);
    }

    [Test]
    public void A_question_stays_open_until_the_school_answers_it()
    {
        var arrangement = InBehandeling();

        arrangement.VraagInformatie("  Stuur het groeidocument mee. ", Consulent, Nu.AddHours(2)).IsGelukt.ShouldBeTrue();
        arrangement.OpenVraag.ShouldBe("Stuur het groeidocument mee.");
        arrangement.Gebeurtenissen[^1].ShouldBe(new Gebeurtenis(Nu.AddHours(2), Consulent, Gebeurtenis.InformatieGevraagd, "Stuur het groeidocument mee."));

        arrangement.BeantwoordVraag(" Bijgevoegd. ", Ib, Nu.AddHours(3)).IsGelukt.ShouldBeTrue();
        arrangement.OpenVraag.ShouldBeNull();
        arrangement.Gebeurtenissen[^1].ShouldBe(new Gebeurtenis(Nu.AddHours(3), Ib, Gebeurtenis.InformatieGegeven, "Bijgevoegd."));

        arrangement.VraagInformatie("Nog een vraag.", Consulent, Nu.AddHours(4)).IsGelukt.ShouldBeTrue();
        arrangement.Status.ShouldBe(ArrangementStatus.InBehandeling);
    }

    [Test]
    public void Only_one_question_can_be_open_at_a_time()
    {
        var arrangement = MetOpenVraag();
        var aantal = arrangement.Gebeurtenissen.Count;

        var uitkomst = arrangement.VraagInformatie("En de toetsgegevens?", Consulent, Nu.AddHours(3));

        uitkomst.Soort.ShouldBe(FoutSoort.Conflict);
        uitkomst.Fouten.ShouldHaveSingleItem().Code.ShouldBe("vraag-staat-open");
        arrangement.OpenVraag.ShouldBe("Stuur het groeidocument mee.");
        arrangement.Gebeurtenissen.Count.ShouldBe(aantal);
    }

    [Test]
    public void Without_an_open_question_there_is_nothing_to_answer()
    {
        var arrangement = InBehandeling();
        var aantal = arrangement.Gebeurtenissen.Count;

        var uitkomst = arrangement.BeantwoordVraag("Bijgevoegd.", Ib, Nu.AddHours(3));

        uitkomst.Soort.ShouldBe(FoutSoort.Conflict);
        uitkomst.Fouten.ShouldHaveSingleItem().Code.ShouldBe("geen-open-vraag");
        arrangement.Gebeurtenissen.Count.ShouldBe(aantal);
    }

    [Test]
    public void An_empty_question_is_refused()
    {
        var arrangement = InBehandeling();

        var fout = arrangement.VraagInformatie("   ", Consulent, Nu.AddHours(2)).Fouten.ShouldHaveSingleItem();

        (fout.Soort, fout.Veld, fout.Code).ShouldBe((FoutSoort.Ongeldig, "vraag", "vraag-vereist"));
        arrangement.OpenVraag.ShouldBeNull();
    }

    [Test]
    public void An_empty_answer_is_refused_and_the_question_stays_open()
    {
        var arrangement = MetOpenVraag();

        var fout = arrangement.BeantwoordVraag(null, Ib, Nu.AddHours(3)).Fouten.ShouldHaveSingleItem();

        (fout.Veld, fout.Code).ShouldBe(("antwoord", "antwoord-vereist"));
        arrangement.OpenVraag.ShouldBe("Stuur het groeidocument mee.");
    }
}
