using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace PassendOnderwijs.Api.FunctionalTests.Identiteit;

/// <summary>
/// With Auth:Authority set, the API accepts an external provider's JWTs instead of its own, without code changes.
/// The provider's discovery document is stood in for here (no network), exactly as JwtBearer would have fetched it.
/// </summary>
public class ExterneIdentiteitsproviderTests
{
    private const string Uitgever = "https://idp.example/";
    private static readonly RsaSecurityKey Sleutel = new(RSA.Create(2048)) { KeyId = "idp-1" };

    [Test]
    public async Task A_token_of_the_external_provider_is_accepted_with_its_scopes_and_tenant()
    {
        await using var fabriek = Fabriek();
        using var client = fabriek.CreateClient();

        using var response = await VraagIkAsync(client, Token(Uitgever, "passendonderwijs-api", Sleutel));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, string.Join(" ", response.Headers.WwwAuthenticate));
        var ik = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        ik.GetProperty("soort").GetString().ShouldBe("client");
        ik.GetProperty("samenwerkingsverband").GetString().ShouldBe("PO2705");
        ik.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).ShouldBe(["aanbieders.lezen", "arrangementen.lezen"]);
        ik.TryGetProperty("betrouwbaarheidsniveau", out _).ShouldBeFalse();
    }

    [Test]
    public async Task A_person_signed_in_through_a_DigiD_broker_has_the_level_the_provider_put_in_acr()
    {
        await using var fabriek = Fabriek();
        using var client = fabriek.CreateClient();

        using var response = await VraagIkAsync(client, Token(Uitgever, "passendonderwijs-api", Sleutel, new Dictionary<string, object>
        {
            ["sub"] = "ouder-via-digid",
            ["acr"] = "http://eidas.europa.eu/LoA/substantial",
            ["swv"] = "PO2705",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, string.Join(" ", response.Headers.WwwAuthenticate));
        var ik = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        ik.GetProperty("soort").GetString().ShouldBe("gebruiker");
        ik.GetProperty("betrouwbaarheidsniveau").GetString().ShouldBe("substantieel");
    }

    [Test]
    public async Task A_token_for_another_audience_or_from_another_issuer_or_key_is_refused()
    {
        await using var fabriek = Fabriek();
        using var client = fabriek.CreateClient();

        using var andereAudience = await VraagIkAsync(client, Token(Uitgever, "andere-api", Sleutel));
        using var andereUitgever = await VraagIkAsync(client, Token("https://kwaad.example/", "passendonderwijs-api", Sleutel));
        using var andereSleutel = await VraagIkAsync(client, Token(Uitgever, "passendonderwijs-api", new RsaSecurityKey(RSA.Create(2048)) { KeyId = "idp-1" }));

        andereAudience.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        andereUitgever.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        andereSleutel.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task The_embedded_token_endpoint_is_off()
    {
        await using var fabriek = Fabriek();
        using var client = fabriek.CreateClient();

        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }));

        ((int)response.StatusCode).ShouldBeGreaterThanOrEqualTo(400);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("access_token");
    }

    private static ApiFabriek Fabriek() => new(
        TestOmgeving.Database.Verbinding,
        services => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
        {
            var configuratie = new OpenIdConnectConfiguration { Issuer = Uitgever };
            configuratie.SigningKeys.Add(Sleutel);
            jwt.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuratie);
        }),
        new Dictionary<string, string> { ["Auth:Authority"] = Uitgever, ["Auth:Audience"] = "passendonderwijs-api" });

    private static string Token(string uitgever, string audience, SecurityKey sleutel, Dictionary<string, object>? claims = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = uitgever,
            Audience = audience,
            Claims = claims ?? new Dictionary<string, object>
            {
                ["sub"] = "extern-las",
                ["client_id"] = "extern-las",
                ["scope"] = "aanbieders.lezen arrangementen.lezen",
                ["swv"] = "PO2705",
            },
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(sleutel, SecurityAlgorithms.RsaSha256),
        });

    private static async Task<HttpResponseMessage> VraagIkAsync(HttpClient client, string token)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ik");
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(verzoek);
    }
}
