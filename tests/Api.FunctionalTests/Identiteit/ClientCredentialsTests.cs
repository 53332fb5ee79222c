using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;

namespace PassendOnderwijs.Api.FunctionalTests.Identiteit;

/// <summary>A LAS system gets a token with client credentials and is known to the API by it.</summary>
public class ClientCredentialsTests : ApiTest
{
    [SetUp]
    public Task RegistreerLasAsync() =>
        TestClients.RegistreerAsync("las-test", "PO2705", "aanbieders.lezen", "arrangementen.lezen");

    [Test]
    public async Task A_client_with_a_valid_secret_gets_a_signed_token_for_this_API_with_the_scopes_it_asked_for()
    {
        var token = await TestClients.TokenAsync(Client, "las-test", "aanbieders.lezen");

        var jwt = new JsonWebToken(token);
        jwt.Alg.ShouldBe("RS256");
        jwt.Audiences.ShouldBe(["passendonderwijs-api"]);
        jwt.Subject.ShouldBe("las-test");
        (jwt.ValidTo - jwt.IssuedAt).ShouldBe(TimeSpan.FromMinutes(30));
    }

    [Test]
    public async Task The_API_knows_the_client_its_samenwerkingsverband_and_scopes_from_the_token()
    {
        var token = await TestClients.TokenAsync(Client, "las-test", "aanbieders.lezen arrangementen.lezen");
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ik");
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await Client.SendAsync(verzoek);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var ik = await JsonAsync(response);
        ik.GetProperty("soort").GetString().ShouldBe("client");
        ik.GetProperty("id").GetString().ShouldBe("las-test");
        ik.GetProperty("samenwerkingsverband").GetString().ShouldBe("PO2705");
        ik.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).ShouldBe(["aanbieders.lezen", "arrangementen.lezen"]);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }

    [Test]
    public async Task A_wrong_secret_gets_no_token()
    {
        using var response = await TestClients.VraagTokenAanAsync(Client, "las-test", "niet-het-geheim", "aanbieders.lezen");

        ((int)response.StatusCode).ShouldBeInRange(400, 401);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().ShouldBe("invalid_client");
    }

    [Test]
    public async Task A_scope_the_client_was_not_granted_gets_no_token()
    {
        using var response = await TestClients.VraagTokenAanAsync(Client, "las-test", TestClients.Geheim, "leerlingen.lezen");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("access_token", out _).ShouldBeFalse();
    }

    [Test]
    public async Task Without_a_token_a_protected_operation_is_a_401_problem_with_a_Bearer_challenge()
    {
        using var response = await Client.GetAsync("/api/v1/ik");

        await ProbleemAsync(response, 401);
        response.Headers.WwwAuthenticate.ShouldContain(h => h.Scheme == "Bearer");
    }

    [TestCase("geen-jwt")]
    [TestCase("eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.")]
    public async Task A_forged_or_malformed_token_is_a_401_problem(string token)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ik");
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await Client.SendAsync(verzoek);

        await ProbleemAsync(response, 401);
    }
}
