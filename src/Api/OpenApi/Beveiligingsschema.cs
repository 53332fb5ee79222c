using Microsoft.OpenApi;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Infrastructure.Identiteit;

namespace PassendOnderwijs.Api.OpenApi;

/// <summary>OAuth2 as the contract describes it: client credentials at /connect/token, one scope per data service.</summary>
internal static class Beveiligingsschema
{
    public const string Naam = "oauth2";

    public static OpenApiSecurityScheme OAuth2() => new()
    {
        Type = SecuritySchemeType.OAuth2,
        Description =
            "OAuth 2.0 client credentials voor koppelingen (LAS, partners): vraag bij /connect/token een access " +
            "token aan met client_secret_basic en de scopes van de dataservices die je nodig hebt.",
        Flows = new OpenApiOAuthFlows
        {
            ClientCredentials = new OpenApiOAuthFlow
            {
                TokenUrl = new Uri("/" + IdentiteitRegistratie.TokenPad, UriKind.Relative),
                Scopes = Scopes.Omschrijvingen.ToDictionary(s => s.Key, s => s.Value),
            },
        },
    };
}
