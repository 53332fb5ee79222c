using System.Net.Http.Headers;
using System.Text.Json;

namespace PassendOnderwijs.Api.FunctionalTests;

public abstract class ApiTest
{
    protected HttpClient Client { get; private set; } = null!;

    [SetUp]
    public async Task HerstelAsync()
    {
        await TestOmgeving.HerstelAsync();
        Contract.ContractBewaking.HaalAfwijkingenOp();
        Client = TestOmgeving.Fabriek.CreateClient(new() { AllowAutoRedirect = false });
    }

    [TearDown]
    public void SluitClient()
    {
        Client.Dispose();
        Contract.ContractBewaking.HaalAfwijkingenOp().ShouldBeEmpty("answers the contract does not declare");
    }

    /// <summary>Sends this test's requests to another host from here on (one with other settings, on the same key folder).</summary>
    protected void GebruikInstantie(ApiFabriek fabriek)
    {
        ArgumentNullException.ThrowIfNull(fabriek);
        Client.Dispose();
        Client = fabriek.CreateClient(new() { AllowAutoRedirect = false });
    }

    protected static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var document = await JsonDocument.ParseAsync(stream);
        return document.RootElement.Clone();
    }

    /// <summary>Asserts an RFC 9457 problem with every member api.md requires, and returns it.</summary>
    protected static async Task<JsonElement> ProbleemAsync(HttpResponseMessage response, int status)
    {
        ((int)response.StatusCode).ShouldBe(status);
        response.Content.Headers.ContentType.ShouldBe(new MediaTypeHeaderValue("application/problem+json"));
        var probleem = await JsonAsync(response);
        probleem.GetProperty("status").GetInt32().ShouldBe(status);
        foreach (var veld in new[] { "type", "title", "detail", "instance", "traceId" })
        {
            probleem.GetProperty(veld).GetString().ShouldNotBeNullOrWhiteSpace(veld);
        }

        return probleem;
    }
}
