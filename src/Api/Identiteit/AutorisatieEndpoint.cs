using Mediator;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using PassendOnderwijs.Infrastructure.Identiteit;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PassendOnderwijs.Api.Identiteit;

/// <summary>
/// /connect/authorize and /connect/endsession. OpenIddict has validated the client, redirect URI and PKCE; this
/// decides who the user is: without a sign-in session the browser goes to the sign-in page and comes back here.
/// </summary>
internal static class AutorisatieEndpoint
{
    public static void MapAutorisatieEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/" + IdentiteitRegistratie.AutorisatiePad, [HttpMethods.Get, HttpMethods.Post], AutoriseerAsync)
            .ExcludeFromDescription();
        app.MapMethods("/" + IdentiteitRegistratie.AfmeldPad, [HttpMethods.Get, HttpMethods.Post], (Delegate)MeldAfAsync)
            .ExcludeFromDescription();
    }

    private static async Task<IResult> AutoriseerAsync(HttpContext http, ISender sender, AuthOpties opties, CancellationToken ct)
    {
        var verzoek = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request is missing; the authorization endpoint is misconfigured.");
        var sessie = await http.AuthenticateAsync(Sessie.Schema).ConfigureAwait(false);
        var gebruiker = sessie.Succeeded ? await GebruikerPrincipal.HuidigAccountAsync(sessie.Principal, sender, ct).ConfigureAwait(false) : null;

        if (gebruiker is null || verzoek.HasPromptValue(PromptValues.Login))
        {
            if (verzoek.HasPromptValue(PromptValues.None))
            {
                return Weiger(Errors.LoginRequired, "De gebruiker is niet aangemeld.");
            }

            await http.SignOutAsync(Sessie.Schema).ConfigureAwait(false);
            var terug = http.Request.PathBase + http.Request.Path + QueryString.Create(
                http.Request.HasFormContentType ? http.Request.Form.ToList() : http.Request.Query.ToList());
            return Results.Challenge(new AuthenticationProperties { RedirectUri = terug }, [Sessie.Schema]);
        }

        var principal = GebruikerPrincipal.Maak(gebruiker, Sessie.Niveau(sessie.Principal), verzoek.GetScopes(), opties.Audience);
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> MeldAfAsync(HttpContext http)
    {
        await http.SignOutAsync(Sessie.Schema).ConfigureAwait(false);

        // OpenIddict redirects to the client's registered post_logout_redirect_uri, or to "/" without one.
        return Results.SignOut(
            new AuthenticationProperties { RedirectUri = "/" },
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    internal static IResult Weiger(string fout, string omschrijving) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = fout,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = omschrijving,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
