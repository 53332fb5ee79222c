using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Api.FunctionalTests.Identiteit;

/// <summary>
/// Walks the SPA's sign-in exactly as a browser does: authorization request with PKCE, the sign-in page and its
/// antiforgery token, back through /connect/authorize, and the code exchanged for tokens.
/// </summary>
internal static partial class Aanmelding
{
    public const string Wachtwoord = "Test-wachtwoord-2026!";
    public const string TerugUri = "http://localhost/aangemeld";

    public static Task<Guid> RegistreerAsync(string email, Rol rol, params string[] vestigingen) =>
        RegistreerInAsync("PO2705", email, rol, vestigingen);

    /// <summary>A medewerker of PO2705 who holds these functies on top of the role.</summary>
    public static async Task<Guid> RegistreerMetFunctiesAsync(string email, params Functie[] functies)
    {
        await using var scope = TestOmgeving.Fabriek.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();
        var hasher = scope.ServiceProvider.GetRequiredService<IWachtwoordHasher>();
        var gebruiker = Gebruiker.Registreer(email, "Test " + string.Join(", ", functies), Rol.SwvMedewerker, "PO2705", [], hasher.Hash(Wachtwoord)).Waarde;
        gebruiker.ZetFuncties(functies).IsGelukt.ShouldBeTrue();
        db.Gebruikers.Add(gebruiker);
        await db.SaveChangesAsync();
        return gebruiker.Id.Waarde;
    }

    public static async Task<Guid> RegistreerInAsync(string swv, string email, Rol rol, params string[] vestigingen)
    {
        await using var scope = TestOmgeving.Fabriek.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();
        var hasher = scope.ServiceProvider.GetRequiredService<IWachtwoordHasher>();
        // The platform's roles (platform- and register-beheerder) belong to no samenwerkingsverband.
        var tenant = rol.HoortBijGeenSamenwerkingsverband() ? null : swv;
        var gebruiker = Gebruiker.Registreer(email, "Test " + rol, rol, tenant, vestigingen, hasher.Hash(Wachtwoord)).Waarde;
        db.Gebruikers.Add(gebruiker);
        await db.SaveChangesAsync();
        return gebruiker.Id.Waarde;
    }

    public static string AutorisatieUrl(string codeChallenge, string challengeMethod = "S256") =>
        "/connect/authorize?client_id=passendonderwijs-spa&response_type=code&scope=openid%20profile%20roles" +
        $"&redirect_uri={Uri.EscapeDataString(TerugUri)}&state=staat-123" +
        $"&code_challenge={codeChallenge}&code_challenge_method={challengeMethod}";

    public static (string Verifier, string Challenge) Pkce()
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (verifier, Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    /// <summary>GET the page, then POST the form with its antiforgery token; returns the POST's response.</summary>
    public static async Task<HttpResponseMessage> VulInlogformulierInAsync(HttpClient http, string inlogUrl, string email, string wachtwoord) =>
        await http.PostAsync("/inloggen", new FormUrlEncodedContent(await InlogformulierAsync(http, inlogUrl, email, wachtwoord)));

    /// <summary>The sign-in form filled in (with its antiforgery token), ready to post.</summary>
    public static async Task<Dictionary<string, string>> InlogformulierAsync(HttpClient http, string inlogUrl, string email, string wachtwoord)
    {
        var pagina = await http.GetStringAsync(inlogUrl);
        return new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Veld(pagina, "__RequestVerificationToken"),
            ["returnUrl"] = WebUtility.HtmlDecode(Veld(pagina, "returnUrl")),
            ["email"] = email,
            ["wachtwoord"] = wachtwoord,
        };
    }

    /// <summary>The whole flow for a registered user; returns the token response.</summary>
    public static async Task<JsonElement> MeldAanAsync(HttpClient http, string email)
    {
        var (verifier, challenge) = Pkce();
        using var autorisatie = await http.GetAsync(AutorisatieUrl(challenge));
        autorisatie.StatusCode.ShouldBe(HttpStatusCode.Found);
        using var inloggen = await VulInlogformulierInAsync(http, autorisatie.Headers.Location!.PathAndQuery, email, Wachtwoord);
        inloggen.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // By path: the public address (http://localhost/) need not be where this client reaches the API (a real Kestrel).
        var verder = inloggen.Headers.Location!;
        using var terug = await http.GetAsync(verder.IsAbsoluteUri ? verder.PathAndQuery : verder.OriginalString);
        var code = Regex.Match(terug.Headers.Location!.Query, "code=([^&]+)").Groups[1].Value;
        code.ShouldNotBeNullOrEmpty();

        return await WisselCodeInAsync(http, code, verifier);
    }

    /// <summary>The SPA's authorization code exchanged for its tokens, with the PKCE verifier.</summary>
    public static async Task<JsonElement> WisselCodeInAsync(HttpClient http, string code, string verifier)
    {
        using var token = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "passendonderwijs-spa",
            ["code"] = code,
            ["code_verifier"] = verifier,
            ["redirect_uri"] = TerugUri,
        }));
        token.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await token.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A fresh client (own cookie jar) signs in as this user and returns the access token.</summary>
    public static async Task<string> AccessTokenAsync(string email)
    {
        using var browser = TestOmgeving.Fabriek.CreateClient(new() { AllowAutoRedirect = false });
        var tokens = await MeldAanAsync(browser, email);
        return tokens.GetProperty("access_token").GetString()!;
    }

    /// <summary>The /activeren form posted by this client (with its antiforgery token): the code and a password, twice.</summary>
    public static Task<HttpResponseMessage> ActiveerAsync(HttpClient http, string code, string wachtwoord = Wachtwoord) =>
        VerstuurActiveringAsync(http, new() { ["activatiecode"] = code, ["wachtwoord"] = wachtwoord, ["herhaling"] = wachtwoord });

    /// <summary>The /activeren form with these fields as typed, for a test of what the page says about them.</summary>
    public static async Task<HttpResponseMessage> VerstuurActiveringAsync(HttpClient http, Dictionary<string, string> velden)
    {
        var pagina = await http.GetStringAsync("/activeren");
        velden["__RequestVerificationToken"] = Veld(pagina, "__RequestVerificationToken");
        return await http.PostAsync("/activeren", new FormUrlEncodedContent(velden));
    }

    private static string Veld(string html, string naam) =>
        Regex.Match(html, $"name=\"{Regex.Escape(naam)}\" value=\"([^\"]*)\"").Groups[1].Value;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
