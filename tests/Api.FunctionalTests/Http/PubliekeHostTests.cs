using System.Net;
using System.Text.Json;

namespace PassendOnderwijs.Api.FunctionalTests.Http;

/// <summary>The public address is configured (PubliekeUrl); a forged Host header chooses nothing.</summary>
public class PubliekeHostTests : ApiTest
{
    [Test]
    public async Task Discovery_names_the_configured_issuer()
    {
        var discovery = JsonDocument.Parse(await Client.GetStringAsync("/.well-known/openid-configuration")).RootElement;

        discovery.GetProperty("issuer").GetString().ShouldBe("http://localhost/");
        discovery.GetProperty("token_endpoint").GetString().ShouldStartWith("http://localhost/");
    }

    [TestCase("/.well-known/openid-configuration")]
    [TestCase("/connect/authorize?client_id=passendonderwijs-spa&response_type=code&scope=openid&code_challenge=x&code_challenge_method=S256&redirect_uri=http%3A%2F%2Flocalhost%2Faangemeld&state=s")]
    [TestCase("/api/v1/expertises")]
    [TestCase("/inloggen")]
    public async Task A_request_for_another_host_is_a_400_problem_and_never_a_redirect_there(string pad)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, pad);
        verzoek.Headers.Host = "evil.example";

        using var response = await Client.SendAsync(verzoek);

        var probleem = await ProbleemAsync(response, 400);
        probleem.GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("onbekende-host");
        response.Headers.Location.ShouldBeNull();
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("evil.example/");
    }

    [Test]
    public async Task Health_probes_answer_on_any_host()
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        verzoek.Headers.Host = "10.1.2.3:8080";

        using var response = await Client.SendAsync(verzoek);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
