using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Matching;
using PassendOnderwijs.Domain.Ondersteuning;
using PassendOnderwijs.Domain.Organisaties;
using static PassendOnderwijs.Domain.UnitTests.Matching.MatchingMaker;

namespace PassendOnderwijs.Domain.UnitTests.Matching;

public class AmbulantebegeleidingTests
{
    // The pupil needs expertise 2; the school offers 1: only begeleiding (or an arrangement) can close that.
    private static readonly Schoolprofiel Huidige = School("12AB00", SoortSchool.Bao, Niveaus(2, 2, 2, 1, 2));
    private static readonly Hulpvraag Slechthorend = Vraag(Niveaus(1, null, null, 2, null), Huidige, Slechthorendheid);

    [Test]
    public void A_current_licensed_aanbieder_in_the_swv_closes_the_expertise_gap_and_says_so()
    {
        var kandidaat = Advies(Slechthorend, aanbieders: [Aanbieder("101A003", Regel(Slechthorendheid, InSwv, capaciteit: 4))]).Kandidaten.ShouldHaveSingleItem();

        kandidaat.Soort.ShouldBe(Settingsoort.HuidigeSchoolMetOndersteuning);
        kandidaat.DektAlles.ShouldBeTrue();
        kandidaat.Begeleiding!.Aanbieder.Waarde.ShouldBe("101A003");
        kandidaat.Capaciteit.ShouldBe(4);
        kandidaat.Arrangementen.ShouldBeEmpty();
        kandidaat.Velden[3].MetOndersteuning.ShouldBe(Intensiteit.ZeerIntensief);
        kandidaat.Velden[3].Zin.ShouldBe("Expertise: vraagt 2 (intensief), school biedt 1 (licht) → met ambulante begeleiding door 101A003 (SLECHTHORENDHEID, werkgebied PO2705)");
        kandidaat.Samenvatting.ShouldBe("School 12AB00 met ambulante begeleiding door Aanbieder 101A003 (101A003): dekt elke gevraagde onderwijsbehoefte.");
    }

    private static IEnumerable<TestCaseData> NietBeschikbaar()
    {
        yield return new TestCaseData(Aanbieder("101A003", Regel(Slechthorendheid, InSwv, tot: new DateOnly(2027, 3, 13)))).SetName("Aanbod that ended the day before the peildatum");
        yield return new TestCaseData(Aanbieder("101A003", Regel(Slechthorendheid, InSwv, van: new DateOnly(2027, 3, 15)))).SetName("Aanbod that starts the day after the peildatum");
        yield return new TestCaseData(Aanbieder("101A003", Regel(Slechthorendheid, InSwv)) with { Licenties = ["DOOFHEID"] }).SetName("Aanbod of an expertise outside the licence");
        yield return new TestCaseData(Aanbieder("101A003", Regel(Slechthorendheid, InSwv)) with { Uitbedrijfdatum = new DateOnly(2027, 3, 13) }).SetName("An aanbieder out of service on the peildatum");
        yield return new TestCaseData(Aanbieder("101A003", Regel(Slechthorendheid, InSwv)) with { Inbedrijfdatum = new DateOnly(2027, 3, 15) }).SetName("An aanbieder not yet in service on the peildatum");
        yield return new TestCaseData(Aanbieder("101A003", Regel(Doofheid, InSwv))).SetName("Aanbod of another expertise");
        yield return new TestCaseData(Aanbieder("101A003", Regel(Slechthorendheid, Gebied(["PO2706"], ["3812"])))).SetName("A werkgebied of another swv and postcode area");
    }

    [TestCaseSource(nameof(NietBeschikbaar))]
    public void An_aanbieder_that_cannot_give_the_begeleiding_on_the_peildatum_is_no_option(Aanbiederprofiel aanbieder)
    {
        var kandidaat = Advies(Slechthorend, aanbieders: [aanbieder]).Kandidaten.ShouldHaveSingleItem();

        kandidaat.Begeleiding.ShouldBeNull();
        kandidaat.DektAlles.ShouldBeFalse();
        kandidaat.Velden[3].Gedekt.ShouldBeFalse();
    }

    [Test]
    public void The_first_and_last_day_of_the_aanbod_and_of_the_service_count()
    {
        var aanbieder = Aanbieder("101A003", Regel(Slechthorendheid, InSwv, van: Peildatum, tot: Peildatum)) with { Inbedrijfdatum = Peildatum, Uitbedrijfdatum = Peildatum };

        Advies(Slechthorend, aanbieders: [aanbieder]).Kandidaten.ShouldHaveSingleItem().Begeleiding.ShouldNotBeNull();
    }

    [TestCase(new string[] { }, new string[] { }, Nabijheid.WerkgebiedLandelijk, "landelijk werkgebied")]
    [TestCase(new[] { "PO2705" }, new string[] { }, Nabijheid.WerkgebiedSamenwerkingsverband, "werkgebied PO2705")]
    [TestCase(new[] { "PO2706" }, new[] { "3811" }, Nabijheid.WerkgebiedPostcodegebied, "werkgebied postcodegebied 3811")]
    public void The_werkgebied_reaches_the_pupil_by_postcode_area_swv_or_nationally(string[] swvs, string[] postcodes, Nabijheid nabijheid, string tekst)
    {
        var kandidaat = Advies(Slechthorend, aanbieders: [Aanbieder("101A003", Regel(Slechthorendheid, Gebied(swvs, postcodes)))]).Kandidaten.ShouldHaveSingleItem();

        kandidaat.Nabijheid.ShouldBe(nabijheid);
        kandidaat.Velden[3].Zin.ShouldEndWith($"(SLECHTHORENDHEID, {tekst})");
    }

    [Test]
    public void An_aanbieder_must_offer_every_named_expertise()
    {
        var vraag = Vraag(Niveaus(null, null, null, 2, null), Huidige, Slechthorendheid, Doofheid);
        var half = Aanbieder("101A003", Regel(Slechthorendheid, InSwv));
        var heel = Aanbieder("101A004", Regel(Slechthorendheid, InSwv, capaciteit: 2), Regel(Doofheid, Werkgebied.Landelijk, capaciteit: 5));

        var kandidaat = Advies(vraag, aanbieders: [half, heel]).Kandidaten.ShouldHaveSingleItem();

        kandidaat.Begeleiding!.Aanbieder.Waarde.ShouldBe("101A004");
        kandidaat.Nabijheid.ShouldBe(Nabijheid.WerkgebiedLandelijk, "the farthest line decides how near the aanbieder is");
        kandidaat.Capaciteit.ShouldBe(2, "the scarcest line limits the whole");
        kandidaat.Velden[3].Zin.ShouldEndWith("(SLECHTHORENDHEID, werkgebied PO2705; DOOFHEID, landelijk werkgebied)");
    }

    [Test]
    public void Without_a_named_expertise_no_aanbieder_is_sought_and_the_advice_says_so()
    {
        var vraag = Vraag(Niveaus(null, null, null, 2, null), Huidige);

        var advies = Advies(vraag, aanbieders: [Aanbieder("101A003", Regel(Slechthorendheid, Werkgebied.Landelijk))]);

        advies.Kandidaten.ShouldHaveSingleItem().Begeleiding.ShouldBeNull();
        advies.Opmerkingen.ShouldContain("Bij de onderwijsbehoeften is geen expertise genoemd; daarom is niet gezocht naar ambulante begeleiding.");
    }

    [Test]
    public void Begeleiding_is_no_option_when_the_expertise_field_is_no_gap()
    {
        // The gap is aandacht en tijd; an aanbieder only lifts expertise, so it cannot help.
        var vraag = Vraag(Niveaus(3, null, null, 1, null), Huidige, Slechthorendheid);

        var kandidaat = Advies(vraag, aanbieders: [Aanbieder("101A003", Regel(Slechthorendheid, InSwv))]).Kandidaten.ShouldHaveSingleItem();

        kandidaat.Begeleiding.ShouldBeNull();
        kandidaat.Ontbreekt[0].ShouldBe("Aandacht en tijd: er is 3 (zeer intensief) nodig; de school komt tot 2 (intensief).");
    }
}
