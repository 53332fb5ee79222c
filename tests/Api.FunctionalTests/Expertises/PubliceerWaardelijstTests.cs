using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Api.FunctionalTests.Platform;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests.Expertises;

/// <summary>
/// The platform-beheerder publishes the waardelijst of a new leerjaar: it applies from that leerjaar on, the current
/// one keeps its list, a repeat changes nothing, and a list that would rewrite or go back in history is refused.
/// </summary>
public class PubliceerWaardelijstTests : PlatformTest
{
    private const string Pad = "/api/v1/expertise-waardelijsten";

    [Test]
    public async Task A_new_version_applies_from_its_leerjaar_and_a_repeat_changes_nothing()
    {
        var token = await PlatformAsync();

        using var nieuw = await PostAsync(token, Versie("2027-2028", zonder: "EPILEPSIE"));
        nieuw.StatusCode.ShouldBe(HttpStatusCode.Created);
        nieuw.Headers.Location!.OriginalString.ShouldBe("/api/v1/expertises?leerjaar=2027-2028");
        var gepubliceerd = await JsonAsync(nieuw);
        gepubliceerd.GetProperty("aantalExpertises").GetInt32().ShouldBe(15);
        gepubliceerd.GetProperty("nieuw").GetBoolean().ShouldBeTrue();

        (await CodesAsync("2027-2028")).ShouldNotContain("EPILEPSIE");
        (await CodesAsync("2028-2029")).Count.ShouldBe(15, "a version applies until a later one replaces it");
        (await CodesAsync("2026-2027")).ShouldContain("EPILEPSIE");

        using var nogmaals = await PostAsync(token, Versie("2027-2028", zonder: "EPILEPSIE"));
        nogmaals.StatusCode.ShouldBe(HttpStatusCode.OK);
        var herhaald = await JsonAsync(nogmaals);
        herhaald.GetProperty("nieuw").GetBoolean().ShouldBeFalse();
        herhaald.GetProperty("id").GetGuid().ShouldBe(gepubliceerd.GetProperty("id").GetGuid());
    }

    [Test]
    public async Task A_list_that_rewrites_or_goes_back_in_history_is_refused_and_changes_nothing()
    {
        var token = await PlatformAsync();
        (await PostAsync(token, Versie("2027-2028", zonder: "EPILEPSIE"))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var ander = await ProbleemAsync(await PostAsync(token, Versie("2027-2028", zonder: "DOOFHEID")), 409);
        ander.GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:waardelijst-al-gepubliceerd");
        var eerder = await ProbleemAsync(await PostAsync(token, Versie("2025-2026")), 409);
        eerder.GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:waardelijst-niet-nieuwer");
        var terug = await ProbleemAsync(await PostAsync(token, Versie("2028-2029")), 422);
        terug.GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:expertisecode-hergebruikt");

        (await CodesAsync("2027-2028")).ShouldContain("DOOFHEID");
        (await CodesAsync("2028-2029")).ShouldNotContain("EPILEPSIE");
    }

    [Test]
    public async Task Every_problem_of_a_bad_list_is_reported_at_once()
    {
        var token = await PlatformAsync();

        var probleem = await ProbleemAsync(await PostAsync(token, new
        {
            geldigVanaf = "2027",
            bron = " ",
            expertises = new object?[] { new { code = "kleine letters", omschrijving = "" }, new { code = "DOOFHEID", omschrijving = "Doofheid" }, new { code = "DOOFHEID", omschrijving = "Doofheid" }, null },
        }), 400);

        probleem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("code").GetString(), e.GetProperty("pointer").GetString())).ShouldBe(
        [
            ("ongeldig-leerjaar", "#/geldigVanaf"),
            ("ongeldige-bron", "#/bron"),
            ("ongeldige-expertisecode", "#/expertises/0/code"),
            ("ongeldige-omschrijving", "#/expertises/0/omschrijving"),
            ("dubbele-expertisecode", "#/expertises/2/code"),
            ("ongeldige-expertisecode", "#/expertises/3/code"),
            ("ongeldige-omschrijving", "#/expertises/3/omschrijving"),
        ], ignoreOrder: true);
    }

    [Test]
    public async Task Only_the_platform_beheerder_publishes()
    {
        await Aanmelding.RegistreerAsync("beheer@swv.nl", Rol.SwvBeheerder);
        var beheerder = await Aanmelding.AccessTokenAsync("beheer@swv.nl");

        (await PostAsync(beheerder, Versie("2027-2028"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Client.PostAsJsonAsync(Pad, Versie("2027-2028"))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await CodesAsync("2027-2028")).Count.ShouldBe(16);
    }

    private static object Versie(string leerjaar, string? zonder = null) => new
    {
        geldigVanaf = leerjaar,
        bron = $"RIO waardelijst Expertises so, vso (DUO), leerjaar {leerjaar}",
        expertises = ExpertisesEndpointTests.RioCodes.Where(c => c != zonder).Select(c => new { code = c, omschrijving = "Omschrijving " + c }).ToArray(),
    };

    private async Task<List<string>> CodesAsync(string leerjaar)
    {
        var lijst = await JsonAsync(await Client.GetAsync($"/api/v1/expertises?leerjaar={leerjaar}"));
        return [.. lijst.GetProperty("expertises").EnumerateArray().Select(e => e.GetProperty("code").GetString()!)];
    }

    private Task<HttpResponseMessage> PostAsync(string token, object inhoud) => StuurAsync(HttpMethod.Post, Pad, token, inhoud);
}
