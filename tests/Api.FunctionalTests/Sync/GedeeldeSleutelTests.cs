using System.Net;
using System.Net.Http.Headers;
using PassendOnderwijs.Api.FunctionalTests.Begeleidingsaanbod;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;

namespace PassendOnderwijs.Api.FunctionalTests.Sync;

/// <summary>
/// Behind a load balancer a LAS reaches a different API instance with every call: a cursor or token one instance
/// gave must work at every other instance on the same database, because the signing keys live in that database.
/// </summary>
public class GedeeldeSleutelTests : AanbiederTest
{
    private ApiFabriek _tweede = null!;
    private HttpClient _tweedeClient = null!;

    [SetUp]
    public void StartTweedeInstantie()
    {
        _tweede = ApiFabriek.NogEenInstantie();
        _tweedeClient = _tweede.CreateClient();
    }

    [TearDown]
    public async Task StopTweedeInstantieAsync()
    {
        _tweedeClient.Dispose();
        await _tweede.DisposeAsync();
    }

    [Test]
    public async Task A_cursor_and_a_token_from_one_instance_work_at_the_other()
    {
        await RegistreerAsync("600A001");
        await RegistreerAsync("600A002");
        await TestClients.RegistreerAsync("las-twee", "PO2705", "aanbieders.lezen");

        // Each instance signs its own access tokens in this set-up; the sync tokens are what must be shared.
        var lasEerste = await TestClients.TokenAsync(Client, "las-twee", "aanbieders.lezen");
        var lasTweede = await TestClients.TokenAsync(_tweedeClient, "las-twee", "aanbieders.lezen");

        var eerstePagina = await LeesAsync(_tweedeClient, lasTweede, $"{Pad}?pageSize=1");
        var cursor = eerstePagina.GetProperty("volgendeCursor").GetString()!;
        var tweedePagina = await LeesAsync(Client, lasEerste, $"{Pad}?pageSize=1&cursor={cursor}");
        tweedePagina.GetProperty("onderwijsbegeleidingsaanbieders")[0].GetProperty("code").GetString().ShouldBe("600A002");
        var token = tweedePagina.GetProperty("wijzigingenToken").GetString()!;

        // The first instance's token at the second, after a change: the change arrives.
        await RegistreerAsync("600A003");
        var wijzigingen = await LeesAsync(_tweedeClient, lasTweede, $"{Pad}/wijzigingen?token={token}");
        wijzigingen.GetProperty("wijzigingen").EnumerateArray().Select(w => w.GetProperty("code").GetString()).ShouldBe(["600A003"]);

        // And back: the second instance's new token at the first.
        var verder = await LeesAsync(Client, lasEerste, $"{Pad}/wijzigingen?token={wijzigingen.GetProperty("wijzigingenToken").GetString()}");
        verder.GetProperty("wijzigingen").GetArrayLength().ShouldBe(0);
    }

    private static async Task<System.Text.Json.JsonElement> LeesAsync(HttpClient client, string las, string url)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, url);
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", las);
        using var response = await client.SendAsync(verzoek);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await JsonAsync(response);
    }
}
