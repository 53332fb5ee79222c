using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace PassendOnderwijs.Api.FunctionalTests.Http;

/// <summary>The HTTP rules of api.md that hold for every path, not for one use case.</summary>
public class HttpConventiesTests : ApiTest
{
    [TestCase("/api/v1/expertises")]
    [TestCase("/api/v1/expertises/EPILEPSIE")]
    [TestCase("/api/v1/openapi.json")]
    [TestCase("/api/v1/bestaat-niet")]
    [TestCase("/health/live")]
    public async Task Every_response_carries_the_version_and_security_headers(string pad)
    {
        using var response = await Client.GetAsync(pad);

        response.Headers.GetValues("API-Version").ShouldBe(["1.0.0"]);
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Strict-Transport-Security").Single().ShouldStartWith("max-age=");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
    }

    [Test]
    public async Task Api_responses_are_not_stored_unless_marked_as_public_reference_data()
    {
        using var response = await Client.GetAsync("/api/v1/bestaat-niet");

        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }

    [Test]
    public async Task A_trailing_slash_is_a_404_problem_not_a_redirect()
    {
        using var response = await Client.GetAsync("/api/v1/expertises/");

        var probleem = await ProbleemAsync(response, 404);
        probleem.GetProperty("type").GetString().ShouldBe("about:blank");
        response.Headers.Location.ShouldBeNull();
    }

    [Test]
    public async Task An_unknown_path_is_a_404_problem()
    {
        using var response = await Client.GetAsync("/api/v1/bestaat-niet");

        await ProbleemAsync(response, 404);
    }

    [TestCase("DELETE")]
    [TestCase("PUT")]
    [TestCase("PATCH")]
    public async Task An_unsupported_method_is_a_405_problem_with_Allow(string methode)
    {
        using var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(methode), "/api/v1/expertises"));

        await ProbleemAsync(response, 405);
        response.Content.Headers.Allow.ShouldBe(["GET"]);
    }

    [TestCase("application/xml")]
    [TestCase("text/html")]
    public async Task A_client_that_accepts_no_JSON_gets_a_406_problem(string accept)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/api/v1/expertises");
        verzoek.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));

        using var response = await Client.SendAsync(verzoek);

        await ProbleemAsync(response, 406);
    }

    [TestCase("application/json")]
    [TestCase("application/*")]
    [TestCase("*/*")]
    [TestCase("application/problem+json")]
    public async Task Json_in_any_accepted_form_is_served(string accept)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/api/v1/expertises");
        verzoek.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));

        using var response = await Client.SendAsync(verzoek);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_body_that_is_not_json_is_a_415_problem()
    {
        using var inhoud = new StringContent("leerjaar=2026-2027", Encoding.UTF8, "text/plain");

        using var response = await Client.PostAsync("/api/v1/expertises", inhoud);

        await ProbleemAsync(response, 415);
    }

    [Test]
    public async Task Every_POST_operation_in_the_contract_refuses_text_plain_with_415()
    {
        var postPaden = Contract.Contractbestand.Operaties().Where(o => o.Methode == "post").Select(o => o.Pad).ToList();

        foreach (var pad in postPaden)
        {
            using var inhoud = new StringContent("x", Encoding.UTF8, "text/plain");
            using var response = await Client.PostAsync("/api/v1" + pad.Replace("{", "x", StringComparison.Ordinal).Replace("}", "x", StringComparison.Ordinal), inhoud);
            await ProbleemAsync(response, 415);
        }
    }

    [Test]
    public async Task Liveness_answers_without_the_database_and_readiness_checks_it()
    {
        using var live = await Client.GetAsync("/health/live");
        using var ready = await Client.GetAsync("/health/ready");

        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Test]
    public async Task The_contract_is_public_and_readable_from_any_origin()
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/api/v1/openapi.json");
        verzoek.Headers.Add("Origin", "https://las.example");

        using var response = await Client.SendAsync(verzoek);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe(["*"]);
        (await JsonAsync(response)).GetProperty("openapi").GetString().ShouldStartWith("3.0");
    }

    [Test]
    public async Task Data_endpoints_do_not_open_CORS_to_other_origins()
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/api/v1/expertises");
        verzoek.Headers.Add("Origin", "https://kwaadwillend.example");

        using var response = await Client.SendAsync(verzoek);

        response.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }

    [Test]
    public async Task Swagger_UI_is_served()
    {
        using var response = await Client.GetAsync("/swagger/index.html");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("swagger-ui");
    }
}
