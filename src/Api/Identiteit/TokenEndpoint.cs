using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using PassendOnderwijs.Infrastructure.Identiteit;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PassendOnderwijs.Api.Identiteit;

/// <summary>
/// POST /connect/token. OpenIddict has already authenticated the client (secret or private_key_jwt) and checked
/// that it may use this grant and these scopes; this decides what goes into the access token.
/// </summary>
internal static class TokenEndpoint
{
    public static void MapTokenEndpoint(this IEndpointRouteBuilder app) =>
        app.MapPost("/" + IdentiteitRegistratie.TokenPad, GeefTokenAsync).ExcludeFromDescription();

    private static async Task<IResult> GeefTokenAsync(
        HttpContext http,
        IOpenIddictApplicationManager applicaties,
        AuthOpties opties,
        CancellationToken ct)
    {
        var verzoek = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request is missing; the token endpoint is misconfigured.");
        if (!verzoek.IsClientCredentialsGrantType())
        {
            return Weiger(Errors.UnsupportedGrantType, "Dit grant type wordt niet ondersteund.");
        }

        var applicatie = await applicaties.FindByClientIdAsync(verzoek.ClientId!, ct).ConfigureAwait(false);
        if (applicatie is null)
        {
            return Weiger(Errors.InvalidClient, "Onbekende client.");
        }

        var eigenschappen = await applicaties.GetPropertiesAsync(applicatie, ct).ConfigureAwait(false);
        var identiteit = new ClaimsIdentity(
            TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identiteit.SetClaim(Claims.Subject, verzoek.ClientId);
        identiteit.SetClaim(Claims.Name, await applicaties.GetDisplayNameAsync(applicatie, ct).ConfigureAwait(false) ?? verzoek.ClientId);
        identiteit.SetClaim(PoClaims.Soort, "client");
        if (eigenschappen.TryGetValue(PoClaims.Samenwerkingsverband, out var swv) && swv.ValueKind == JsonValueKind.String)
        {
            identiteit.SetClaim(PoClaims.Samenwerkingsverband, swv.GetString());
        }

        identiteit.SetScopes(verzoek.GetScopes());
        identiteit.SetResources(opties.Audience);
        identiteit.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identiteit), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Weiger(string fout, string omschrijving) => Results.Forbid(
        new Microsoft.AspNetCore.Authentication.AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = fout,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = omschrijving,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
