using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests.Koppelingen;

/// <summary>An SWV administrator registers, renews and revokes the koppelingen of their own samenwerkingsverband.</summary>
public class KoppelingBeheerTests : BeheerderTest
{
    private static readonly string[] AanbiedersLezen = ["aanbieders.lezen"];
    private static readonly string[] MetOnbekendeScope = ["aanbieders.lezen", "alles.mogen"];
    [Test]
    public async Task A_registered_koppeling_gets_its_secret_once_and_can_get_a_token_with_its_scopes()
    {
        using var response = await Stuur(HttpMethod.Post, "/api/v1/koppelingen", new { naam = "ParnasSys", scopes = AanbiedersLezen });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var nieuw = await JsonAsync(response);
        var clientId = nieuw.GetProperty("koppeling").GetProperty("clientId").GetString()!;
        response.Headers.Location!.OriginalString.ShouldBe("/api/v1/koppelingen/" + clientId);
        nieuw.GetProperty("koppeling").GetProperty("samenwerkingsverband").GetString().ShouldBe("PO2705");
        var geheim = nieuw.GetProperty("clientSecret").GetString()!;
        geheim.Length.ShouldBeGreaterThanOrEqualTo(43);

        using var token = await TestClients.VraagTokenAanAsync(Client, clientId, geheim, "aanbieders.lezen");
        token.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var opgehaald = await Stuur(HttpMethod.Get, "/api/v1/koppelingen/" + clientId);
        var tekst = await opgehaald.Content.ReadAsStringAsync();
        tekst.ShouldNotContain(geheim);
        tekst.ShouldNotContain("clientSecret");
    }

    [Test]
    public async Task Only_an_swv_beheerder_may_manage_koppelingen()
    {
        await Aanmelding.RegistreerAsync("mo@swv.nl", Rol.SwvMedewerker);
        var medewerker = await Aanmelding.AccessTokenAsync("mo@swv.nl");
        await TestClients.RegistreerAsync("las-x", "PO2705", "aanbieders.lezen");
        var las = await TestClients.TokenAsync(Client, "las-x", "aanbieders.lezen");

        using var alsMedewerker = await Stuur(HttpMethod.Get, "/api/v1/koppelingen", token: medewerker);
        using var alsLas = await Stuur(HttpMethod.Get, "/api/v1/koppelingen", token: las);
        using var anoniem = await Client.GetAsync("/api/v1/koppelingen");

        await ProbleemAsync(alsMedewerker, 403);
        await ProbleemAsync(alsLas, 403);
        await ProbleemAsync(anoniem, 401);
    }

    [Test]
    public async Task A_koppeling_of_another_samenwerkingsverband_does_not_exist_for_you()
    {
        await TestClients.RegistreerAsync("las-ander-swv", "VO2301", "aanbieders.lezen");

        using var lijst = await Stuur(HttpMethod.Get, "/api/v1/koppelingen");
        using var een = await Stuur(HttpMethod.Get, "/api/v1/koppelingen/las-ander-swv");
        using var intrekken = await Stuur(HttpMethod.Delete, "/api/v1/koppelingen/las-ander-swv");
        using var vernieuwen = await Stuur(HttpMethod.Post, "/api/v1/koppelingen/las-ander-swv/geheimen");

        (await JsonAsync(lijst)).GetProperty("koppelingen").EnumerateArray().ShouldBeEmpty();
        await ProbleemAsync(een, 404);
        await ProbleemAsync(intrekken, 404);
        await ProbleemAsync(vernieuwen, 404);
        using var tokenWerktNog = await TestClients.VraagTokenAanAsync(Client, "las-ander-swv", TestClients.Geheim, "aanbieders.lezen");
        tokenWerktNog.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_new_secret_stops_the_old_secret_and_every_token_issued_with_it_at_once()
    {
        var (clientId, geheim) = await RegistreerAsync();
        var oudToken = await TokenAsync(clientId, geheim);

        using var response = await Stuur(HttpMethod.Post, $"/api/v1/koppelingen/{clientId}/geheimen");

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var nieuwGeheim = (await JsonAsync(response)).GetProperty("clientSecret").GetString()!;
        nieuwGeheim.ShouldNotBe(geheim);
        using var metOudToken = await Stuur(HttpMethod.Get, "/api/v1/ik", token: oudToken);
        await ProbleemAsync(metOudToken, 401);
        using var metOudGeheim = await TestClients.VraagTokenAanAsync(Client, clientId, geheim, "aanbieders.lezen");
        ((int)metOudGeheim.StatusCode).ShouldBeInRange(400, 401);
        using var metNieuwGeheim = await TestClients.VraagTokenAanAsync(Client, clientId, nieuwGeheim, "aanbieders.lezen");
        metNieuwGeheim.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_revoked_koppeling_gets_no_token_and_its_tokens_stop_at_once()
    {
        var (clientId, geheim) = await RegistreerAsync();
        var token = await TokenAsync(clientId, geheim);

        using var response = await Stuur(HttpMethod.Delete, $"/api/v1/koppelingen/{clientId}");

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var metToken = await Stuur(HttpMethod.Get, "/api/v1/ik", token: token);
        await ProbleemAsync(metToken, 401);
        using var nieuwToken = await TestClients.VraagTokenAanAsync(Client, clientId, geheim, "aanbieders.lezen");
        ((int)nieuwToken.StatusCode).ShouldBeInRange(400, 401);
        using var weg = await Stuur(HttpMethod.Get, $"/api/v1/koppelingen/{clientId}");
        await ProbleemAsync(weg, 404);
    }

    [Test]
    public async Task Invalid_input_is_refused_with_every_problem_listed_and_nothing_registered()
    {
        using var response = await Stuur(HttpMethod.Post, "/api/v1/koppelingen",
            new { naam = new string('x', 101), scopes = MetOnbekendeScope });

        var probleem = await ProbleemAsync(response, 400);
        probleem.GetProperty("errors").EnumerateArray().Select(f => (f.GetProperty("pointer").GetString(), f.GetProperty("code").GetString()))
            .ShouldBe([("#/naam", "naam-te-lang"), ("#/scopes/1", "onbekende-scope")]);
        using var lijst = await Stuur(HttpMethod.Get, "/api/v1/koppelingen");
        (await JsonAsync(lijst)).GetProperty("koppelingen").EnumerateArray().ShouldBeEmpty();
    }

    [TestCase("""{"keys":[]}""")]
    [TestCase("""{"keys":[{"kty":"oct","k":"c2VjcmV0"}]}""")]
    [TestCase("""{"keys":[{"kty":"RSA","n":"AQAB","e":"AQAB","d":"AQAB"}]}""")]
    public async Task Public_keys_must_be_a_key_set_of_public_keys_only(string sleutels)
    {
        using var response = await Stuur(HttpMethod.Post, "/api/v1/koppelingen",
            new { naam = "Partner", scopes = AanbiedersLezen, publiekeSleutels = JsonDocument.Parse(sleutels).RootElement });

        var probleem = await ProbleemAsync(response, 400);
        probleem.GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("ongeldige-sleutels");
    }

    [Test]
    public async Task A_koppeling_with_public_keys_authenticates_with_private_key_jwt_and_has_no_secret()
    {
        using var rsa = RSA.Create(2048);
        var publiek = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(rsa.ExportParameters(false)) { KeyId = "partner-1" });
        var jwks = JsonSerializer.Serialize(new { keys = new[] { new { kty = "RSA", kid = publiek.KeyId, n = publiek.N, e = publiek.E, use = "sig", alg = "RS256" } } });

        using var response = await Stuur(HttpMethod.Post, "/api/v1/koppelingen",
            new { naam = "Partner", scopes = AanbiedersLezen, publiekeSleutels = JsonDocument.Parse(jwks).RootElement });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var nieuw = await JsonAsync(response);
        nieuw.TryGetProperty("clientSecret", out _).ShouldBeFalse();
        var clientId = nieuw.GetProperty("koppeling").GetProperty("clientId").GetString()!;
        nieuw.GetProperty("koppeling").GetProperty("authenticatie").GetString().ShouldBe("private_key_jwt");

        // Times on the server's clock (the test clock): an assertion from its future is refused.
        var nu = PassendOnderwijs.TestSupport.VasteKlok.Standaard.UtcDateTime;
        var assertion = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = clientId,
            Audience = "http://localhost/",
            TokenType = "client-authentication+jwt",
            Claims = new Dictionary<string, object> { ["sub"] = clientId, ["jti"] = Guid.NewGuid().ToString() },
            IssuedAt = nu,
            NotBefore = nu,
            Expires = nu.AddMinutes(2),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = "partner-1" }, SecurityAlgorithms.RsaSha256),
        });
        using var token = await Client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ["client_assertion"] = assertion,
            ["scope"] = "aanbieders.lezen",
        }));
        var inhoud = await token.Content.ReadAsStringAsync();
        inhoud.ShouldContain("access_token");
        token.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var vernieuwen = await Stuur(HttpMethod.Post, $"/api/v1/koppelingen/{clientId}/geheimen");
        await ProbleemAsync(vernieuwen, 409);
    }

    [Test]
    public async Task A_change_of_scopes_and_vestigingen_holds_at_once_and_the_secret_stays_valid()
    {
        var (clientId, geheim) = await RegistreerAsync();
        var oudToken = await TokenAsync(clientId, geheim);

        using var response = await Stuur(HttpMethod.Put, $"/api/v1/koppelingen/{clientId}",
            new { naam = " Magister 2 ", scopes = new[] { "leerlingen.lezen", "aanbieders.lezen", "leerlingen.lezen" }, vestigingen = new[] { "12AB00" } });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var koppeling = await JsonAsync(response);
        koppeling.GetProperty("naam").GetString().ShouldBe("Magister 2");
        koppeling.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).ShouldBe(["aanbieders.lezen", "leerlingen.lezen"]);
        koppeling.GetProperty("vestigingen").EnumerateArray().Select(s => s.GetString()).ShouldBe(["12AB00"]);
        koppeling.GetProperty("authenticatie").GetString().ShouldBe("client_secret_basic");
        using var metOudToken = await Stuur(HttpMethod.Get, "/api/v1/ik", token: oudToken);
        await ProbleemAsync(metOudToken, 401);
        var nieuwToken = await TokenAsync(clientId, geheim, "leerlingen.lezen");
        using var ik = await Stuur(HttpMethod.Get, "/api/v1/ik", token: nieuwToken);
        (await JsonAsync(ik)).GetProperty("vestigingen").EnumerateArray().Select(s => s.GetString()).ShouldBe(["12AB00"]);
        using var opgehaald = await Stuur(HttpMethod.Get, $"/api/v1/koppelingen/{clientId}");
        (await JsonAsync(opgehaald)).GetProperty("naam").GetString().ShouldBe("Magister 2");
    }

    [Test]
    public async Task A_narrowed_koppeling_no_longer_gets_a_token_for_a_scope_it_lost()
    {
        var (clientId, geheim) = await RegistreerAsync();
        using (var r = await Stuur(HttpMethod.Put, $"/api/v1/koppelingen/{clientId}", new { naam = "Magister", scopes = new[] { "leerlingen.lezen" } }))
        {
            r.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var token = await TestClients.VraagTokenAanAsync(Client, clientId, geheim, "aanbieders.lezen");

        token.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await token.Content.ReadAsStringAsync()).ShouldContain("invalid_scope");
    }

    [Test]
    public async Task An_invalid_change_lists_every_problem_and_changes_nothing()
    {
        var (clientId, _) = await RegistreerAsync();

        using var response = await Stuur(HttpMethod.Put, $"/api/v1/koppelingen/{clientId}",
            new { naam = "", scopes = MetOnbekendeScope, vestigingen = new[] { "geen-code" } });

        var probleem = await ProbleemAsync(response, 400);
        probleem.GetProperty("errors").EnumerateArray().Select(f => f.GetProperty("code").GetString())
            .ShouldBe(["naam-vereist", "onbekende-scope", "ongeldige-vestigingcode"], ignoreOrder: true);
        using var opgehaald = await Stuur(HttpMethod.Get, $"/api/v1/koppelingen/{clientId}");
        var koppeling = await JsonAsync(opgehaald);
        koppeling.GetProperty("naam").GetString().ShouldBe("Magister");
        koppeling.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).ShouldBe(AanbiedersLezen);
    }

    [Test]
    public async Task A_change_is_audited_and_a_koppeling_of_another_samenwerkingsverband_cannot_be_changed()
    {
        var (clientId, _) = await RegistreerAsync();
        await TestClients.RegistreerAsync("las-ander-swv", "VO2301", "aanbieders.lezen");
        var wijziging = new { naam = "Overgenomen", scopes = new[] { "leerlingen.lezen" } };

        using var eigen = await Stuur(HttpMethod.Put, $"/api/v1/koppelingen/{clientId}", wijziging);
        using var ander = await Stuur(HttpMethod.Put, "/api/v1/koppelingen/las-ander-swv", wijziging);

        eigen.StatusCode.ShouldBe(HttpStatusCode.OK);
        await ProbleemAsync(ander, 404);
        using var audit = await Stuur(HttpMethod.Get, $"/api/v1/auditregels?actor={BeheerderId}&resourceSoort=koppeling");
        (await JsonAsync(audit)).GetProperty("auditRegels").EnumerateArray()
            .ShouldContain(r => r.GetProperty("actie").GetString() == "wijzigen" && r.GetProperty("resourceId").GetString() == clientId);
        using var tokenWerktNog = await TestClients.VraagTokenAanAsync(Client, "las-ander-swv", TestClients.Geheim, "aanbieders.lezen");
        tokenWerktNog.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<(string ClientId, string Geheim)> RegistreerAsync()
    {
        using var response = await Stuur(HttpMethod.Post, "/api/v1/koppelingen", new { naam = "Magister", scopes = AanbiedersLezen });
        var nieuw = await JsonAsync(response);
        return (nieuw.GetProperty("koppeling").GetProperty("clientId").GetString()!, nieuw.GetProperty("clientSecret").GetString()!);
    }

    private async Task<string> TokenAsync(string clientId, string geheim, string scope = "aanbieders.lezen")
    {
        using var response = await TestClients.VraagTokenAanAsync(Client, clientId, geheim, scope);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }
}
