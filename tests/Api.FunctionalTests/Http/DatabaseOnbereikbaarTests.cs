using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Npgsql;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Api.FunctionalTests.Platform;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests.Http;

/// <summary>While the database cannot be reached, reads and writes get a 503 problem with Retry-After, and afterwards the API works again.</summary>
public class DatabaseOnbereikbaarTests : ApiTest
{
    private static readonly object Inrichting = new { naam = "SWV Test", regios = Array.Empty<object>() };

    [Test]
    public async Task Reads_and_writes_without_a_database_are_a_503_problem_with_Retry_After_and_the_API_recovers()
    {
        var echt = new NpgsqlConnectionStringBuilder(TestOmgeving.Database.Verbinding);
        await using var luik = new Doorgeefluik(echt.Host!, echt.Port);
        luik.Open();
        var viaLuik = new NpgsqlConnectionStringBuilder(echt.ConnectionString) { Host = "127.0.0.1", Port = luik.Poort }.ConnectionString;
        await using var fabriek = new ApiFabriek(viaLuik, instellingen: new Dictionary<string, string> { ["Database:MigreerBijStart"] = "false" });
        using var client = fabriek.CreateClient(new() { AllowAutoRedirect = false });
        var versie = $"\"{await Tenants.RegistreerAsync()}\"";
        await Aanmelding.RegistreerAsync("beheer@swv.nl", Rol.SwvBeheerder);
        var token = (await Aanmelding.MeldAanAsync(client, "beheer@swv.nl")).GetProperty("access_token").GetString()!;

        await luik.SnijDoorAsync();

        using (var schrijven = await StuurAsync(client, token, HttpMethod.Put, "/api/v1/samenwerkingsverband", Inrichting, versie))
        {
            await VerwachtOnbereikbaarAsync(schrijven);
        }

        using (var lezen = await client.GetAsync("/api/v1/expertises"))
        {
            await VerwachtOnbereikbaarAsync(lezen);
        }

        // Back up: the same write on the same version succeeds, so the refused one stored nothing.
        luik.Open();
        using var weer = await StuurAsync(client, token, HttpMethod.Put, "/api/v1/samenwerkingsverband", Inrichting, versie);
        weer.StatusCode.ShouldBe(HttpStatusCode.OK, await weer.Content.ReadAsStringAsync());
    }

    private static async Task VerwachtOnbereikbaarAsync(HttpResponseMessage antwoord)
    {
        var probleem = await ProbleemAsync(antwoord, 503);
        probleem.GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:tijdelijk-niet-beschikbaar");
        antwoord.Headers.RetryAfter.ShouldNotBeNull();
        antwoord.Headers.RetryAfter!.Delta.ShouldNotBeNull();
        (await antwoord.Content.ReadAsStringAsync()).ShouldNotContain("Npgsql");
    }

    private static async Task<HttpResponseMessage> StuurAsync(HttpClient client, string token, HttpMethod methode, string pad, object inhoud, string ifMatch)
    {
        using var verzoek = new HttpRequestMessage(methode, pad) { Content = JsonContent.Create(inhoud) };
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        verzoek.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(verzoek);
    }
}
