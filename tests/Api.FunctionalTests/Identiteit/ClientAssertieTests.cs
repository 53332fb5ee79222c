using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Npgsql;
using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Api.FunctionalTests.Identiteit;

/// <summary>
/// A koppeling with public keys authenticates with a signed client assertion (private_key_jwt, RFC 7523): one use
/// per assertion, a short life, addressed to this server.
/// </summary>
public class ClientAssertieTests : ApiTest
{
    private const string ClientId = "las-sleutel";
    private const string SleutelId = "las-sleutel-1";
    private static readonly DateTimeOffset Nu = VasteKlok.Standaard;

    private RSA _sleutel = null!;

    [SetUp]
    public async Task RegistreerKoppelingMetSleutelAsync()
    {
        _sleutel = RSA.Create(2048);
        var publiek = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_sleutel.ExportParameters(false)) { KeyId = SleutelId });
        var sleutels = new JsonWebKeySet(JsonSerializer.Serialize(new { keys = new[] { new { kty = "RSA", kid = SleutelId, publiek.N, publiek.E, use = "sig", alg = "RS256" } } }));
        await TestClients.RegistreerMetSleutelsAsync(ClientId, "PO2705", sleutels, "aanbieders.lezen");
    }

    [TearDown]
    public void RuimSleutelOp() => _sleutel.Dispose();

    [Test]
    public async Task Every_assertion_with_its_own_jti_gets_a_token()
    {
        using var eerste = await VraagTokenAanAsync(Client, Assertie());
        using var tweede = await VraagTokenAanAsync(Client, Assertie());

        await KrijgtTokenAsync(eerste);
        await KrijgtTokenAsync(tweede);
    }

    [Test]
    public async Task An_assertion_sent_again_is_refused_until_it_expires()
    {
        var assertie = Assertie();
        using var eerste = await VraagTokenAanAsync(Client, assertie);
        using var opnieuw = await VraagTokenAanAsync(Client, assertie);

        await KrijgtTokenAsync(eerste);
        await WordtGeweigerdAsync(opnieuw, "invalid_client");
    }

    [Test]
    public async Task An_assertion_used_at_one_API_instance_is_refused_at_another_on_the_same_database()
    {
        var assertie = Assertie();
        using var eerste = await VraagTokenAanAsync(Client, assertie);
        await KrijgtTokenAsync(eerste);

        await using var tweede = ApiFabriek.NogEenInstantie();
        using var tweedeClient = tweede.CreateClient();
        using var opnieuw = await VraagTokenAanAsync(tweedeClient, assertie);

        await WordtGeweigerdAsync(opnieuw, "invalid_client");
    }

    [Test]
    public async Task Of_ten_identical_assertions_sent_at_once_exactly_one_gets_a_token()
    {
        var assertie = Assertie();

        var antwoorden = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => VraagTokenAanAsync(Client, assertie)));

        var statussen = antwoorden.Select(a => (int)a.StatusCode).ToList();
        statussen.Count(s => s == 200).ShouldBe(1, string.Join(", ", statussen));
        statussen.ShouldAllBe(s => s == 200 || s == 400 || s == 401, string.Join(", ", statussen));
        foreach (var antwoord in antwoorden)
        {
            antwoord.Dispose();
        }
    }

    [Test]
    public async Task An_assertion_without_jti_is_refused_because_a_replay_could_not_be_recognised()
    {
        using var response = await VraagTokenAanAsync(Client, Assertie(jti: null));

        await WordtGeweigerdAsync(response, "invalid_client");
    }

    [Test]
    public async Task The_used_jtis_of_expired_assertions_are_removed()
    {
        using var oud = await VraagTokenAanAsync(Client, Assertie(jti: "oud"));
        await KrijgtTokenAsync(oud);

        // An hour later, at an instance whose clock says so, the next assertion clears what has expired since.
        var later = Nu.AddHours(1);
        await using var fabriek = new ApiFabriek(
            TestOmgeving.Database.Verbinding,
            services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(new VasteKlok(later));
            },
            new Dictionary<string, string> { ["Database:MigreerBijStart"] = "false" });
        using var laterClient = fabriek.CreateClient();
        using var nieuw = await VraagTokenAanAsync(laterClient, Assertie(jti: "nieuw", uitgegeven: later));
        await KrijgtTokenAsync(nieuw);

        (await GebruikteJtisAsync()).ShouldBe(["nieuw"]);
    }

    [TestCase(24 * 60, TestName = "An assertion that lives 24 hours is refused")]
    [TestCase(6, TestName = "An assertion that lives 6 minutes is refused")]
    public async Task An_assertion_that_lives_longer_than_five_minutes_is_refused(int minuten)
    {
        using var response = await VraagTokenAanAsync(Client, Assertie(levensduur: TimeSpan.FromMinutes(minuten)));

        await WordtGeweigerdAsync(response, "invalid_client");
    }

    [Test]
    public async Task An_assertion_of_five_minutes_is_accepted()
    {
        using var response = await VraagTokenAanAsync(Client, Assertie(levensduur: TimeSpan.FromMinutes(5)));

        await KrijgtTokenAsync(response);
    }

    [Test]
    public async Task Without_iat_an_assertion_may_expire_at_most_five_minutes_from_now()
    {
        using var kort = await VraagTokenAanAsync(Client, Assertie(zonderIat: true, verloopt: Nu.AddMinutes(4)));
        using var lang = await VraagTokenAanAsync(Client, Assertie(zonderIat: true, verloopt: Nu.AddHours(24)));

        await KrijgtTokenAsync(kort);
        await WordtGeweigerdAsync(lang, "invalid_client");
    }

    [Test]
    public async Task An_assertion_issued_in_the_future_is_refused_whatever_its_iat_says()
    {
        using var response = await VraagTokenAanAsync(Client, Assertie(uitgegeven: Nu.AddHours(1)));

        await WordtGeweigerdAsync(response, "invalid_client");
    }

    [Test]
    public async Task A_clock_that_runs_a_little_ahead_is_tolerated()
    {
        using var response = await VraagTokenAanAsync(Client, Assertie(uitgegeven: Nu.AddSeconds(30)));

        await KrijgtTokenAsync(response);
    }

    [TestCase("http://localhost/")]
    [TestCase("http://localhost")]
    [TestCase("http://localhost/connect/token")]
    public async Task The_audience_may_be_the_issuer_or_the_token_endpoint(string audience)
    {
        using var response = await VraagTokenAanAsync(Client, Assertie(audience: audience));

        await KrijgtTokenAsync(response);
    }

    [TestCase("http://elders.example/")]
    [TestCase("http://elders.example/connect/token")]
    [TestCase("http://localhost/connect/authorize")]
    public async Task An_assertion_for_another_server_or_endpoint_is_refused(string audience)
    {
        using var response = await VraagTokenAanAsync(Client, Assertie(audience: audience));

        ((int)response.StatusCode).ShouldBeInRange(400, 401);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("access_token", out _).ShouldBeFalse();
    }

    [Test]
    public async Task A_scope_the_client_was_not_granted_is_invalid_scope()
    {
        using var response = await VraagTokenAanAsync(Client, Assertie(), "leerlingen.lezen");

        await WordtGeweigerdAsync(response, "invalid_scope");
    }

    private string Assertie(
        string? jti = "",
        DateTimeOffset? uitgegeven = null,
        bool zonderIat = false,
        DateTimeOffset? verloopt = null,
        TimeSpan? levensduur = null,
        string audience = "http://localhost/")
    {
        // Times are on the server's clock, the test clock.
        var iat = uitgegeven ?? Nu;
        var claims = new Dictionary<string, object> { ["sub"] = ClientId };
        if (jti is not null)
        {
            claims["jti"] = jti.Length == 0 ? Guid.NewGuid().ToString() : jti;
        }

        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = ClientId,
            Audience = audience,
            TokenType = "client-authentication+jwt",
            Claims = claims,
            IssuedAt = zonderIat ? null : iat.UtcDateTime,
            Expires = (verloopt ?? iat + (levensduur ?? TimeSpan.FromMinutes(2))).UtcDateTime,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_sleutel) { KeyId = SleutelId }, SecurityAlgorithms.RsaSha256),
        });
    }

    private static async Task<HttpResponseMessage> VraagTokenAanAsync(HttpClient http, string assertie, string scope = "aanbieders.lezen") =>
        await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = ClientId,
            ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ["client_assertion"] = assertie,
            ["scope"] = scope,
        }));

    private static async Task KrijgtTokenAsync(HttpResponseMessage response)
    {
        var inhoud = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, inhoud);
        JsonDocument.Parse(inhoud).RootElement.GetProperty("access_token").GetString().ShouldNotBeNullOrEmpty();
    }

    /// <summary>Token endpoint errors are OAuth JSON (RFC 6749 §5.2), not problem+json.</summary>
    private static async Task WordtGeweigerdAsync(HttpResponseMessage response, string fout)
    {
        var inhoud = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBeInRange(400, 401, inhoud);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var json = JsonDocument.Parse(inhoud).RootElement;
        json.GetProperty("error").GetString().ShouldBe(fout, inhoud);
        json.GetProperty("error_description").GetString().ShouldNotBeNullOrWhiteSpace();
        json.TryGetProperty("access_token", out _).ShouldBeFalse();
    }

    private static async Task<List<string>> GebruikteJtisAsync()
    {
        await using var connectie = new NpgsqlConnection(TestOmgeving.Database.Verbinding);
        await connectie.OpenAsync();
        await using var opdracht = new NpgsqlCommand("SELECT jti FROM gebruikte_client_assertie ORDER BY jti", connectie);
        await using var lezer = await opdracht.ExecuteReaderAsync();
        var jtis = new List<string>();
        while (await lezer.ReadAsync())
        {
            jtis.Add(lezer.GetString(0));
        }

        return jtis;
    }
}
