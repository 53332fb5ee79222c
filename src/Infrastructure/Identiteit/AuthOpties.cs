namespace PassendOnderwijs.Infrastructure.Identiteit;

/// <summary>Configuration section "Auth".</summary>
public sealed class AuthOpties
{
    public const string Sectie = "Auth";

    /// <summary>The audience (resource) every access token of this API is issued for and checked against.</summary>
    public const string StandaardAudience = "passendonderwijs-api";

    /// <summary>
    /// An external OIDC provider's issuer URL. When set, the embedded authorization server is off and the API accepts
    /// JWT access tokens from that provider instead (no code change needed).
    /// </summary>
    public Uri? Authority { get; set; }

    public string Audience { get; set; } = StandaardAudience;

    /// <summary>
    /// Folder with the server's RSA keys (signing.pem, encryption.pem, created on first start, mode 0600). Without
    /// it the keys live in memory only and every restart invalidates issued tokens.
    /// </summary>
    public string? SleutelMap { get; set; }

    /// <summary>Allow plain HTTP to the token endpoint. Only for local runs and tests; production is HTTPS.</summary>
    public bool StaHttpToe { get; set; }

    public TimeSpan AccessTokenLevensduur { get; set; } = TimeSpan.FromMinutes(30);
}
