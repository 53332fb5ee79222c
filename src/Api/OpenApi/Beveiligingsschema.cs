using Microsoft.OpenApi;
using PassendOnderwijs.Infrastructure.Identiteit;
using OidcScopes = OpenIddict.Abstractions.OpenIddictConstants.Scopes;

namespace PassendOnderwijs.Api.OpenApi;

/// <summary>
/// OAuth2 as the contract describes it, one scheme per kind of caller so an operation can say "a person with one of
/// these roles, or a koppeling with this scope": people sign in to the SPA (authorization code with PKCE, public client),
/// koppelingen use client credentials with one scope per data service.
/// </summary>
internal static class Beveiligingsschema
{
    public const string Personen = "personen";
    public const string Koppelingen = "koppelingen";

    public static OpenApiSecurityScheme VoorPersonen() => new()
    {
        Type = SecuritySchemeType.OAuth2,
        Description =
            "Voor personen, via de webapplicatie: OAuth 2.0 authorization code met PKCE (S256) voor de publieke client " +
            $"{SpaClient.ClientId} (zonder geheim). Wat iemand mag, hangt af van de rol in het token (claim role): zie " +
            "x-rollen en de beschrijving van elke operatie.",
        Flows = new OpenApiOAuthFlows
        {
            AuthorizationCode = new OpenApiOAuthFlow
            {
                AuthorizationUrl = new Uri("/" + IdentiteitRegistratie.AutorisatiePad, UriKind.Relative),
                TokenUrl = new Uri("/" + IdentiteitRegistratie.TokenPad, UriKind.Relative),
                Scopes = new Dictionary<string, string>
                {
                    [OidcScopes.OpenId] = "Aanmelden (OpenID Connect).",
                    [OidcScopes.Profile] = "Het profiel van de persoon, zoals de naam.",
                    [OidcScopes.Roles] = "De rol van de persoon in het samenwerkingsverband.",
                },
            },
        },
    };

    public static OpenApiSecurityScheme VoorKoppelingen() => new()
    {
        Type = SecuritySchemeType.OAuth2,
        Description =
            "Voor koppelingen (LAS, partners): OAuth 2.0 client credentials bij /connect/token, met private_key_jwt of " +
            "client_secret_basic, en de scopes van de dataservices die u nodig heeft.",
        Flows = new OpenApiOAuthFlows
        {
            ClientCredentials = new OpenApiOAuthFlow
            {
                TokenUrl = new Uri("/" + IdentiteitRegistratie.TokenPad, UriKind.Relative),
                Scopes = Application.Common.Autorisatie.Scopes.Omschrijvingen.ToDictionary(s => s.Key, s => s.Value),
            },
        },
    };
}
