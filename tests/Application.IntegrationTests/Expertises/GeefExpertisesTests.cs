using PassendOnderwijs.Application.Expertises.Commands.LaadExpertiseWaardelijst;
using PassendOnderwijs.Application.Expertises.Commands.PubliceerExpertiseWaardelijst;
using PassendOnderwijs.Application.Expertises.Queries.GeefExpertise;
using PassendOnderwijs.Application.Expertises.Queries.GeefExpertises;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Expertises;

namespace PassendOnderwijs.Application.IntegrationTests.Expertises;

public class GeefExpertisesTests : IntegratieTest
{
    [SetUp]
    public async Task PubliceerTweeVersiesAsync()
    {
        await Publiceer("2026-2027", "EPILEPSIE", "DOOFHEID");
        await Publiceer("2028-2029", "EPILEPSIE", "DOOFHEID", "NIEUW_IN_2028");
    }

    [Test]
    public async Task Without_a_leerjaar_the_current_one_applies()
    {
        // The test clock stands on 24 November 2026: leerjaar 2026-2027.
        var lijst = (await Sender.Send(new GeefExpertisesQuery(Leerjaar: null))).Waarde;

        lijst.Leerjaar.ShouldBe("2026-2027");
        lijst.Expertises.Select(e => e.Code).ShouldBe(["DOOFHEID", "EPILEPSIE"]);
        lijst.Expertises.ShouldAllBe(e => e.Leerjaar == "2026-2027");
    }

    [TestCase("2027-2028", 2, Description = "a version applies until a later one replaces it")]
    [TestCase("2028-2029", 3)]
    [TestCase("2035-2036", 3)]
    public async Task A_leerjaar_gets_the_latest_version_that_started_in_or_before_it(string leerjaar, int aantal)
    {
        var lijst = (await Sender.Send(new GeefExpertisesQuery(leerjaar))).Waarde;

        lijst.Leerjaar.ShouldBe(leerjaar);
        lijst.Expertises.Count.ShouldBe(aantal);
    }

    [Test]
    public async Task A_leerjaar_before_the_first_version_has_no_list()
    {
        var uitkomst = await Sender.Send(new GeefExpertisesQuery("2025-2026"));

        uitkomst.Soort.ShouldBe(FoutSoort.NietGevonden);
        uitkomst.Fouten.ShouldHaveSingleItem().Code.ShouldBe("waardelijst-onbekend");
    }

    [Test]
    public async Task A_malformed_leerjaar_is_invalid_input()
    {
        var uitkomst = await Sender.Send(new GeefExpertisesQuery("volgend jaar"));

        uitkomst.Soort.ShouldBe(FoutSoort.Ongeldig);
        uitkomst.Fouten.ShouldHaveSingleItem().Veld.ShouldBe("leerjaar");
    }

    [Test]
    public async Task One_expertise_is_found_by_code_in_the_version_of_the_leerjaar()
    {
        var expertise = (await Sender.Send(new GeefExpertiseQuery("NIEUW_IN_2028", "2029-2030"))).Waarde;

        expertise.ShouldBe(new Application.Expertises.ExpertiseDto
        {
            Code = "NIEUW_IN_2028",
            Omschrijving = "Omschrijving NIEUW_IN_2028",
            Leerjaar = "2029-2030",
        });
    }

    [Test]
    public async Task A_code_not_on_the_list_of_that_leerjaar_is_not_found()
    {
        var uitkomst = await Sender.Send(new GeefExpertiseQuery("NIEUW_IN_2028", "2026-2027"));

        uitkomst.Soort.ShouldBe(FoutSoort.NietGevonden);
        uitkomst.Fouten.ShouldHaveSingleItem().Code.ShouldBe("expertise-onbekend");
    }

    [Test]
    public async Task Every_invalid_parameter_is_reported_at_once()
    {
        var uitkomst = await Sender.Send(new GeefExpertiseQuery("geen-code", "2026"));

        uitkomst.Fouten.Select(f => f.Veld).ShouldBe(["code", "leerjaar"]);
    }

    private async Task Publiceer(string leerjaar, params string[] codes) =>
        (await Sender.Send(new LaadExpertiseWaardelijstCommand(new WaardelijstVerzoek(
            leerjaar,
            "RIO (test)",
            codes.Select(c => new WaardelijstRegel(c, "Omschrijving " + c)).ToList()).Lees()))).IsGelukt.ShouldBeTrue();
}
