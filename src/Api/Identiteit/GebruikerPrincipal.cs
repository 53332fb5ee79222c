using System.Security.Claims;
using Mediator;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using PassendOnderwijs.Application.Gebruikers;
using PassendOnderwijs.Application.Gebruikers.Queries.GeefAangemeldeGebruiker;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Infrastructure.Identiteit;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PassendOnderwijs.Api.Identiteit;

/// <summary>The claims of a signed-in user's tokens, built fresh from the account each time a token is issued.</summary>
internal static class GebruikerPrincipal
{
    /// <param name="niveau">The assurance level of the sign-in (the session's), as the standard <c>acr</c> claim.</param>
    public static ClaimsPrincipal Maak(AangemeldeGebruikerDto gebruiker, Betrouwbaarheidsniveau niveau, IEnumerable<string> scopes, string audience)
    {
        var identiteit = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identiteit.SetClaim(Claims.Subject, gebruiker.Id.ToString());
        identiteit.SetClaim(Claims.Name, gebruiker.Naam);
        identiteit.SetClaim(Claims.Email, gebruiker.Email);
        identiteit.SetClaim(PoClaims.Soort, "gebruiker");
        identiteit.SetClaim(Claims.AuthenticationContextReference, BetrouwbaarheidsniveauCodes.AlsAcr(niveau));
        identiteit.SetClaim(PoClaims.Samenwerkingsverband, gebruiker.Samenwerkingsverband);
        identiteit.AddClaim(new Claim(Claims.Role, gebruiker.Rol));
        foreach (var vestiging in gebruiker.Vestigingen)
        {
            identiteit.AddClaim(new Claim(PoClaims.Vestiging, vestiging));
        }

        foreach (var functie in gebruiker.Functies)
        {
            identiteit.AddClaim(new Claim(PoClaims.Functie, functie));
        }

        identiteit.SetScopes(scopes);
        identiteit.SetResources(audience);
        identiteit.SetDestinations(claim => Bestemmingen(claim, identiteit));
        return new ClaimsPrincipal(identiteit);
    }

    /// <summary>
    /// The current account of the subject of <paramref name="principal"/> (a session or an authorization code), or
    /// null when there is none, or it no longer exists or is blocked.
    /// </summary>
    public static async Task<AangemeldeGebruikerDto?> HuidigAccountAsync(ClaimsPrincipal? principal, ISender sender, CancellationToken ct)
    {
        if (!Guid.TryParse(principal?.FindFirst(Claims.Subject)?.Value, out var id))
        {
            return null;
        }

        var gebruiker = await sender.Send(new GeefAangemeldeGebruikerQuery(id), ct).ConfigureAwait(false);
        return gebruiker.IsGelukt ? gebruiker.Waarde : null;
    }

    /// <summary>Everything goes into the access token; the identity token gets only what its scopes allow.</summary>
    private static IEnumerable<string> Bestemmingen(Claim claim, ClaimsIdentity identiteit)
    {
        yield return Destinations.AccessToken;
        var inIdentiteitsToken = claim.Type switch
        {
            Claims.Name or Claims.Email => identiteit.HasScope(Scopes.Profile),
            Claims.Role => identiteit.HasScope(Scopes.Roles),

            // OpenID Connect names acr as a claim of the identity token: the client may check how the user signed in.
            Claims.AuthenticationContextReference => true,
            _ => false,
        };
        if (inIdentiteitsToken)
        {
            yield return Destinations.IdentityToken;
        }
    }
}
