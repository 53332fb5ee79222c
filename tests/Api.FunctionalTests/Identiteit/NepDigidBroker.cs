using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PassendOnderwijs.Api.FunctionalTests.Http;
using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Api.FunctionalTests.Identiteit;

/// <summary>
/// An OpenID Connect provider as a DigiD broker is, inside the tests: Kestrel on 127.0.0.1 at a free port, with
/// discovery, keys, the authorization code flow with PKCE and a confidential client. It signs in whoever the test
/// says is next (<see cref="Volgende"/>), at the level the test gives, with no page in between.
/// </summary>
public sealed class NepDigidBroker : IAsyncDisposable
{
    public const string ClientId = "passendonderwijs-test";
    public const string ClientSecret = "geheim-van-de-broker";

    private WebApplication _app = null!;
    private readonly RsaSecurityKey _sleutel = new(RSA.Create(2048)) { KeyId = "broker-1" };
    private readonly ConcurrentDictionary<string, Verleend> _codes = new(StringComparer.Ordinal);

    private NepDigidBroker()
    {
    }

    public string Uitgever { get; private set; } = string.Empty;

    /// <summary>Who signs in at the next authorization request: the pseudonym, and the acr (null: the broker names none).</summary>
    public (string Onderwerp, string? Acr) Volgende { get; set; } = ("persoon-1", "http://eidas.europa.eu/LoA/substantial");

    /// <summary>When set, the next authorization request ends with this OAuth error (the person cancelled at DigiD).</summary>
    public string? VolgendeFout { get; set; }

    public static async Task<NepDigidBroker> StartAsync()
    {
        var broker = new NepDigidBroker();
        (broker._app, var adres) = await LokaleServer.StartAsync(app =>
        {
            app.MapGet("/.well-known/openid-configuration", broker.Discovery);
            app.MapGet("/jwks", broker.Sleutels);
            app.MapGet("/authorize", broker.Autoriseer);
            app.MapPost("/token", (Delegate)broker.TokenAsync);
        });
        broker.Uitgever = adres + "/";
        return broker;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private IResult Discovery() => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = Uitgever,
        ["authorization_endpoint"] = Uitgever + "authorize",
        ["token_endpoint"] = Uitgever + "token",
        ["jwks_uri"] = Uitgever + "jwks",
        ["response_types_supported"] = new[] { "code" },
        ["grant_types_supported"] = new[] { "authorization_code" },
        ["subject_types_supported"] = new[] { "pairwise" },
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["code_challenge_methods_supported"] = new[] { "S256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_basic", "client_secret_post" },
        ["authorization_response_iss_parameter_supported"] = true,
        ["acr_values_supported"] = new[] { "http://eidas.europa.eu/LoA/low", "http://eidas.europa.eu/LoA/substantial", "http://eidas.europa.eu/LoA/high" },
    });

    private IResult Sleutels()
    {
        var publiek = _sleutel.Rsa.ExportParameters(includePrivateParameters: false);
        return Results.Json(new
        {
            keys = new[]
            {
                new { kty = "RSA", use = "sig", alg = "RS256", kid = _sleutel.KeyId, n = Base64UrlEncoder.Encode(publiek.Modulus), e = Base64UrlEncoder.Encode(publiek.Exponent) },
            },
        });
    }

    private IResult Autoriseer(HttpContext http)
    {
        var q = http.Request.Query;
        var terug = q["redirect_uri"].ToString();
        if (q["client_id"] != ClientId || string.IsNullOrEmpty(terug) || q["response_type"] != "code" || q["code_challenge_method"] != "S256")
        {
            return Results.BadRequest("invalid_request");
        }

        var staat = Uri.EscapeDataString(q["state"].ToString());
        if (VolgendeFout is { } fout)
        {
            VolgendeFout = null;
            return Results.Redirect($"{terug}?error={fout}&state={staat}&iss={Uri.EscapeDataString(Uitgever)}");
        }

        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _codes[code] = new Verleend(Volgende.Onderwerp, Volgende.Acr, q["nonce"].ToString(), q["code_challenge"].ToString(), terug);
        return Results.Redirect($"{terug}?code={code}&state={staat}&iss={Uri.EscapeDataString(Uitgever)}");
    }

    private async Task<IResult> TokenAsync(HttpContext http)
    {
        var formulier = await http.Request.ReadFormAsync();
        var (id, geheim) = ClientVan(http, formulier);
        if (id != ClientId || geheim != ClientSecret)
        {
            return Results.Json(new { error = "invalid_client" }, statusCode: 401);
        }

        if (formulier["grant_type"] != "authorization_code" || !_codes.TryRemove(formulier["code"].ToString(), out var verleend)
            || formulier["redirect_uri"] != verleend.Terug
            || Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(formulier["code_verifier"].ToString()))) != verleend.CodeChallenge)
        {
            return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
        }

        var claims = new Dictionary<string, object> { ["sub"] = verleend.Onderwerp };
        if (!string.IsNullOrEmpty(verleend.Nonce))
        {
            claims["nonce"] = verleend.Nonce;
        }

        if (verleend.Acr is not null)
        {
            claims["acr"] = verleend.Acr;
        }

        // Valid both on the API's fixed test clock and on the machine's own, whichever of the two reads it.
        var vroegst = new[] { DateTime.UtcNow, VasteKlok.Standaard.UtcDateTime }.Min();
        var laatst = new[] { DateTime.UtcNow, VasteKlok.Standaard.UtcDateTime }.Max();
        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Uitgever,
            Audience = ClientId,
            Claims = claims,
            IssuedAt = vroegst.AddMinutes(-5),
            NotBefore = vroegst.AddMinutes(-5),
            Expires = laatst.AddHours(1),
            SigningCredentials = new SigningCredentials(_sleutel, SecurityAlgorithms.RsaSha256),
        });
        return Results.Json(new { access_token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), token_type = "Bearer", expires_in = 300, id_token = idToken });
    }

    private static (string? Id, string? Geheim) ClientVan(HttpContext http, IFormCollection formulier)
    {
        var kop = http.Request.Headers.Authorization.ToString();
        if (kop.StartsWith("Basic ", StringComparison.Ordinal))
        {
            var delen = Encoding.UTF8.GetString(Convert.FromBase64String(kop["Basic ".Length..])).Split(':', 2);
            return (Uri.UnescapeDataString(delen[0]), Uri.UnescapeDataString(delen[1]));
        }

        return (formulier["client_id"], formulier["client_secret"]);
    }

    private sealed record Verleend(string Onderwerp, string? Acr, string Nonce, string CodeChallenge, string Terug);
}
