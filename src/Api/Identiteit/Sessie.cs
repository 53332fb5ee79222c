using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using PassendOnderwijs.Application.Gebruikers;
using PassendOnderwijs.Domain.Gebruikers;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PassendOnderwijs.Api.Identiteit;

/// <summary>
/// The sign-in session of the authorization server: an HttpOnly, SameSite=Strict cookie set by the sign-in page and
/// read only by /connect/authorize. It is never accepted by the API itself; the API takes access tokens only.
/// </summary>
internal static class Sessie
{
    public const string Schema = "PassendOnderwijs.Sessie";
    public const string InlogPad = "/inloggen";

    /// <summary>
    /// The assurance level of the sign-in that made this session, from its <c>acr</c> claim. A session without one
    /// can only have come from the password page (older cookies), which is <see cref="Betrouwbaarheidsniveau.Laag"/>.
    /// A sign-in through an external provider (DigiD through a broker) puts the level it vouched for in the session;
    /// the account never sets it.
    /// </summary>
    public static Betrouwbaarheidsniveau Niveau(ClaimsPrincipal? sessie) =>
        BetrouwbaarheidsniveauCodes.VanAcr(sessie?.FindFirst(Claims.AuthenticationContextReference)?.Value) ?? Betrouwbaarheidsniveau.Laag;

    /// <summary>
    /// Starts the sign-in session of an account that signed in, and how: a password, or an external provider with
    /// the level it vouched for. The session holds who and how only; what they may do is read from the account each
    /// time a token is issued.
    /// </summary>
    public static Task BeginAsync(HttpContext http, AangemeldeGebruikerDto gebruiker, Betrouwbaarheidsniveau niveau)
    {
        var identiteit = new ClaimsIdentity(Schema, Claims.Name, Claims.Role);
        identiteit.AddClaim(new Claim(Claims.Subject, gebruiker.Id.ToString()));
        identiteit.AddClaim(new Claim(Claims.Name, gebruiker.Naam));
        identiteit.AddClaim(new Claim(Claims.AuthenticationContextReference, BetrouwbaarheidsniveauCodes.AlsAcr(niveau)));
        return http.SignInAsync(Schema, new ClaimsPrincipal(identiteit));
    }

    public static IServiceCollection AddSessie(this IServiceCollection services)
    {
        services.AddAuthentication().AddCookie(Schema, cookie =>
        {
            cookie.LoginPath = InlogPad;
            cookie.Cookie.Name = "po-sessie";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "po-antiforgery";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }
}
