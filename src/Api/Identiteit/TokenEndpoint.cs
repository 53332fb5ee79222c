using System.Security.Claims;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using PassendOnderwijs.Application.Gebruikers.Queries.GeefAangemeldeGebruiker;
using PassendOnderwijs.Application.Platform;
using PassendOnderwijs.Application.Platform.Queries.GeefTenantstatus;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;
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
        ISender sender,
        AuthOpties opties,
        CancellationToken ct)
    {
        var verzoek = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request is missing; the token endpoint is misconfigured.");
        if (verzoek.IsAuthorizationCodeGrantType())
        {
            return await WisselCodeInAsync(http, sender, opties, ct).ConfigureAwait(false);
        }

        if (!verzoek.IsClientCredentialsGrantType())
        {
            return AutorisatieEndpoint.Weiger(Errors.UnsupportedGrantType, "Dit grant type wordt niet ondersteund.");
        }

        var applicatie = await applicaties.FindByClientIdAsync(verzoek.ClientId!, ct).ConfigureAwait(false);
        if (applicatie is null)
        {
            return AutorisatieEndpoint.Weiger(Errors.InvalidClient, "Onbekende client.");
        }

        var eigenschappen = await applicaties.GetPropertiesAsync(applicatie, ct).ConfigureAwait(false);
        var swvCode = eigenschappen.TryGetValue(PoClaims.Samenwerkingsverband, out var swv) && swv.ValueKind == JsonValueKind.String ? swv.GetString() : null;
        if ((await sender.Send(new GeefTenantstatusQuery(swvCode), ct).ConfigureAwait(false)).Waarde == TenantStatus.Opgeschort)
        {
            return AutorisatieEndpoint.Weiger(Errors.InvalidClient, TenantOpslag.OpgeschortMelding);
        }

        var identiteit = new ClaimsIdentity(
            TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identiteit.SetClaim(Claims.Subject, verzoek.ClientId);
        identiteit.SetClaim(Claims.Name, await applicaties.GetDisplayNameAsync(applicatie, ct).ConfigureAwait(false) ?? verzoek.ClientId);
        identiteit.SetClaim(PoClaims.Soort, "client");
        if (swvCode is not null)
        {
            identiteit.SetClaim(PoClaims.Samenwerkingsverband, swvCode);
        }

        foreach (var vestiging in PoClaims.LeesVestigingen(eigenschappen))
        {
            identiteit.AddClaim(new Claim(PoClaims.Vestiging, vestiging));
        }

        identiteit.SetScopes(verzoek.GetScopes());
        identiteit.SetResources(opties.Audience);
        identiteit.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identiteit), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>
    /// The code was issued to a signed-in user; the token gets that user's current claims, so a role that changed
    /// or an account that was blocked since takes effect now.
    /// </summary>
    private static async Task<IResult> WisselCodeInAsync(HttpContext http, ISender sender, AuthOpties opties, CancellationToken ct)
    {
        var code = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme).ConfigureAwait(false);
        var account = Guid.TryParse(code.Principal?.FindFirst(Claims.Subject)?.Value, out var id)
            ? await sender.Send(new GeefAangemeldeGebruikerQuery(id), ct).ConfigureAwait(false)
            : null;
        if (account is null || !account.Lukt(out var gebruiker))
        {
            // A suspended samenwerkingsverband says so; any other reason stays the general answer.
            var opgeschort = account?.Fouten.FirstOrDefault(f => f.Code == "samenwerkingsverband-opgeschort");
            return AutorisatieEndpoint.Weiger(Errors.InvalidGrant, opgeschort?.Melding ?? "De gebruiker kan zich niet (meer) aanmelden.");
        }

        // The account is read fresh, the assurance level is not: it is how the person signed in, which the code carries.
        var niveau = BetrouwbaarheidsniveauCodes.VanAcr(code.Principal!.FindFirst(Claims.AuthenticationContextReference)?.Value) ?? Betrouwbaarheidsniveau.Laag;
        var principal = GebruikerPrincipal.Maak(gebruiker, niveau, code.Principal.GetScopes(), opties.Audience);
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
