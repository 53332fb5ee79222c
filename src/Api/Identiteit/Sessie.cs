using System.Security.Claims;
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
    /// A future sign-in through DigiD (a broker) puts its own level in the session; the account never sets it.
    /// </summary>
    public static Betrouwbaarheidsniveau Niveau(ClaimsPrincipal? sessie) =>
        BetrouwbaarheidsniveauCodes.VanAcr(sessie?.FindFirst(Claims.AuthenticationContextReference)?.Value) ?? Betrouwbaarheidsniveau.Laag;

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
