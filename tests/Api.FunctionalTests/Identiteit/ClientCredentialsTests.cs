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
    public async Task A_scope_the_client_was_not_granted_gets_no_token_but_invalid_scope()
    {
        using var response = await TestClients.VraagTokenAanAsync(Client, "las-test", TestClients.Geheim, "aanbieders.lezen leerlingen.lezen");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var fout = await response.Content.ReadFromJsonAsync<JsonElement>();
        fout.TryGetProperty("access_token", out _).ShouldBeFalse();

        // RFC 6749 §5.2: a scope beyond what the client was granted is invalid_scope, and the answer is OAuth JSON.
        fout.GetProperty("error").GetString().ShouldBe("invalid_scope");
        fout.GetProperty("error_description").GetString().ShouldNotBeNullOrWhiteSpace();
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
    }

    [Test]
    public async Task A_scope_that_does_not_exist_is_invalid_scope_too()
    {
        using var response = await TestClients.VraagTokenAanAsync(Client, "las-test", TestClients.Geheim, "alles.mogen");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().ShouldBe("invalid_scope");
    }

    [Test]
    public async Task A_token_without_the_scope_an_operation_needs_is_a_403_problem_that_names_the_scope_in_its_challenge()
    {
        var token = await TestClients.TokenAsync(Client, "las-test", "aanbieders.lezen");
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/api/v1/arrangementen");
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await Client.SendAsync(verzoek);

        await ProbleemAsync(response, 403);

        // RFC 6750 §3.1: the client learns which scope to ask for.
        response.Headers.GetValues("WWW-Authenticate").ShouldBe(["Bearer error=\"insufficient_scope\", scope=\"arrangementen.lezen\""]);
    }

    [Test]
    public async Task A_person_refused_for_their_role_gets_no_scope_challenge_because_no_scope_would_help()
    {
        await Aanmelding.RegistreerAsync("beheer@swv.nl", PassendOnderwijs.Domain.Gebruikers.Rol.SwvBeheerder);
        var token = await Aanmelding.AccessTokenAsync("beheer@swv.nl");
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/api/v1/arrangementen");
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await Client.SendAsync(verzoek);

        await ProbleemAsync(response, 403);
        response.Headers.Contains("WWW-Authenticate").ShouldBeFalse();
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
