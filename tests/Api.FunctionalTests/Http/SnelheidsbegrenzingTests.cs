using System.Net;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;

namespace PassendOnderwijs.Api.FunctionalTests.Http;

/// <summary>Rate limits per caller, announced in headers and refused with a 429 problem.</summary>
public class SnelheidsbegrenzingTests : ApiTest
{
    private ApiFabriek _fabriek = null!;
    private HttpClient _client = null!;

    [SetUp]
    public void StartMetLageLimieten()
    {
        _fabriek = new ApiFabriek(TestOmgeving.Database.Verbinding, instellingen: new Dictionary<string, string>
        {
            ["Snelheidsbegrenzing:AnoniemPerMinuut"] = "3",
            ["Snelheidsbegrenzing:PerAanroeperPerMinuut"] = "2",
            ["Snelheidsbegrenzing:AanmeldpogingenPerMinuut"] = "2",
            ["Database:MigreerBijStart"] = "false",
        });
        _client = _fabriek.CreateClient();
    }

    [TearDown]
    public async Task StopAsync()
    {
        _client.Dispose();
        await _fabriek.DisposeAsync();
    }

    [Test]
    public async Task Every_answer_announces_the_policy_and_what_is_left()
    {
        using var response = await _client.GetAsync("/api/v1/expertises");

        response.Headers.GetValues("RateLimit-Policy").ShouldBe(["\"anoniem\";q=3;w=60"]);
        response.Headers.GetValues("RateLimit").Single().ShouldStartWith("\"anoniem\";r=2;t=");
    }

    [Test]
    public async Task Past_the_limit_the_answer_is_a_429_problem_with_Retry_After()
    {
        for (var i = 0; i < 3; i++)
        {
            using var toegestaan = await _client.GetAsync("/api/v1/expertises");
            toegestaan.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var response = await _client.GetAsync("/api/v1/expertises");

        await ProbleemAsync(response, 429);
        response.Headers.RetryAfter.ShouldNotBeNull();
        response.Headers.GetValues("RateLimit").Single().ShouldStartWith("\"anoniem\";r=0;");
    }

    [Test]
    public async Task Sign_in_attempts_have_their_own_lower_limit_per_address()
    {
        var statussen = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await _client.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "x@y.nl" }));
            statussen.Add((int)response.StatusCode);
        }

        statussen.ShouldBe([400, 400, 429]);
    }

    [Test]
    public async Task A_client_is_limited_by_its_own_token_not_by_its_address()
    {
        await TestClients.RegistreerVoorAsync(_fabriek, "las-snel", "PO2705", "aanbieders.lezen");
        var token = await TestClients.TokenAsync(_client, "las-snel", "aanbieders.lezen");
        var statussen = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ik");
            verzoek.Headers.Authorization = new("Bearer", token);
            using var response = await _client.SendAsync(verzoek);
            statussen.Add((int)response.StatusCode);
            response.Headers.GetValues("RateLimit-Policy").Single().ShouldStartWith("\"per-aanroeper\"");
        }

        statussen.ShouldBe([200, 200, 429]);
    }
}
