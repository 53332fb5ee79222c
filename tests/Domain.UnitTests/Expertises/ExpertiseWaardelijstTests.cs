using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Schooljaren;

namespace PassendOnderwijs.Domain.UnitTests.Expertises;

public class ExpertiseWaardelijstTests
{
    private static readonly DateTimeOffset Nu = new(2026, 7, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly Schooljaar Jaar2026 = Schooljaar.Van(2026);

    [Test]
    public void Publiceer_creates_a_version_sorted_by_code_and_raises_an_event()
    {
        var uitkomst = Publiceer(Jaar2026, [], Regel("GEDRAGSPROBLEMEN"), Regel("EPILEPSIE"));

        var lijst = uitkomst.Waarde;
        lijst.GeldigVanaf.ShouldBe(Jaar2026);
        lijst.Expertises.Select(e => e.Code.Waarde).ShouldBe(["EPILEPSIE", "GEDRAGSPROBLEMEN"]);
        lijst.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<ExpertiseWaardelijstGepubliceerd>()
            .ShouldSatisfyAllConditions(
                e => e.WaardelijstId.ShouldBe(lijst.Id),
                e => e.AantalExpertises.ShouldBe(2),
                e => e.Op.ShouldBe(Nu));
    }

    [Test]
    public void Publiceer_reports_every_input_problem_at_once()
    {
        var uitkomst = ExpertiseWaardelijst.Publiceer(
            Jaar2026,
            bron: " ",
            [
                new ExpertiseRegel("EPILEPSIE", "Epilepsie"),
                new ExpertiseRegel("EPILEPSIE", "Nog eens"),
                new ExpertiseRegel("kleine-letters", "Ongeldige code"),
                new ExpertiseRegel("DOOFHEID", ""),
                new ExpertiseRegel("DOOFBLINDHEID", new string('x', Expertise.MaximaleLengteOmschrijving + 1)),
            ],
            [],
            Nu);

        uitkomst.IsGelukt.ShouldBeFalse();
        uitkomst.Soort.ShouldBe(FoutSoort.Ongeldig);
        uitkomst.Fouten.Select(f => (f.Code, f.Veld)).ShouldBe(
        [
            ("ongeldige-bron", "bron"),
            ("dubbele-expertisecode", "expertises[1].code"),
            ("ongeldige-expertisecode", "expertises[2].code"),
            ("ongeldige-omschrijving", "expertises[3].omschrijving"),
            ("ongeldige-omschrijving", "expertises[4].omschrijving"),
        ]);
    }

    [Test]
    public void Publiceer_refuses_an_empty_list() =>
        Publiceer(Jaar2026, []).Fouten.ShouldHaveSingleItem().Code.ShouldBe("lege-waardelijst");

    [Test]
    public void A_new_version_must_start_after_the_latest_one()
    {
        var bestaand = Publiceer(Jaar2026, [], Regel("EPILEPSIE")).Waarde;

        var zelfdeJaar = Publiceer(Jaar2026, [bestaand], Regel("EPILEPSIE"));
        var eerderJaar = Publiceer(Schooljaar.Van(2025), [bestaand], Regel("EPILEPSIE"));

        zelfdeJaar.Soort.ShouldBe(FoutSoort.Conflict);
        zelfdeJaar.Fouten.ShouldHaveSingleItem().Code.ShouldBe("waardelijst-al-gepubliceerd");
        eerderJaar.Soort.ShouldBe(FoutSoort.Conflict);
        eerderJaar.Fouten.ShouldHaveSingleItem().Code.ShouldBe("waardelijst-niet-nieuwer");
    }

    [Test]
    public void A_code_that_an_earlier_version_dropped_never_returns()
    {
        var v2026 = Publiceer(Jaar2026, [], Regel("EPILEPSIE"), Regel("DOOFHEID")).Waarde;
        var v2027 = Publiceer(Schooljaar.Van(2027), [v2026], Regel("EPILEPSIE")).Waarde;

        var v2028 = Publiceer(Schooljaar.Van(2028), [v2026, v2027], Regel("EPILEPSIE"), Regel("DOOFHEID"));

        v2028.Soort.ShouldBe(FoutSoort.RegelGeschonden);
        v2028.Fouten.ShouldHaveSingleItem().Code.ShouldBe("expertisecode-hergebruikt");
    }

    [Test]
    public void A_code_kept_in_every_version_may_stay()
    {
        var v2026 = Publiceer(Jaar2026, [], Regel("EPILEPSIE")).Waarde;

        var v2027 = Publiceer(Schooljaar.Van(2027), [v2026], Regel("EPILEPSIE"), Regel("NIEUWE_EXPERTISE"));

        v2027.IsGelukt.ShouldBeTrue();
    }

    [Test]
    public void HeeftInhoud_compares_codes_and_omschrijvingen()
    {
        var lijst = Publiceer(Jaar2026, [], Regel("EPILEPSIE")).Waarde;

        lijst.HeeftInhoud([new ExpertiseRegel("EPILEPSIE", "Omschrijving van EPILEPSIE")]).ShouldBeTrue();
        lijst.HeeftInhoud([new ExpertiseRegel("EPILEPSIE", "Anders")]).ShouldBeFalse();
        lijst.HeeftInhoud([Regel("EPILEPSIE"), Regel("DOOFHEID")]).ShouldBeFalse();
    }

    [Test]
    public void Zoek_finds_an_entry_by_code()
    {
        var lijst = Publiceer(Jaar2026, [], Regel("EPILEPSIE")).Waarde;

        lijst.Zoek(ExpertiseCode.Parse("EPILEPSIE").Waarde)!.Omschrijving.ShouldBe("Omschrijving van EPILEPSIE");
        lijst.Zoek(ExpertiseCode.Parse("DOOFHEID").Waarde).ShouldBeNull();
    }

    private static ExpertiseRegel Regel(string code) => new(code, "Omschrijving van " + code);

    private static Result<ExpertiseWaardelijst> Publiceer(
        Schooljaar geldigVanaf,
        IReadOnlyList<ExpertiseWaardelijst> eerder,
        params ExpertiseRegel[] regels) =>
        ExpertiseWaardelijst.Publiceer(geldigVanaf, "RIO test", regels, eerder, Nu);
}
