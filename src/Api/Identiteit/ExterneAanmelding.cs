using Mediator;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using OpenIddict.Client.AspNetCore;
using PassendOnderwijs.Application.Gebruikers.Commands.KoppelExterneIdentiteit;
using PassendOnderwijs.Application.Gebruikers.Queries.GeefExternAangemeldeGebruiker;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Infrastructure.Identiteit;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PassendOnderwijs.Api.Identiteit;

/// <summary>
/// Signing in at an external OpenID Connect provider (Auth:Extern; for example DigiD through a broker), beside the
/// password. The provider vouches for the person and the level of that sign-in; this server links them to an
/// account once, with the account's activation code, and from then on starts its own sign-in session for them, with
/// the provider's level as <c>acr</c>. The routes exist only when a provider is configured.
/// </summary>
internal static partial class ExterneAanmelding
{
    public const string Pad = "/inloggen/extern";
    public const string ActiveringsPad = "/activeren/extern";

    /// <summary>
    /// Carries the activation code across the trip to the provider, protected and for 15 minutes, never in a URL.
    /// SameSite=Lax because the provider's redirect back is a cross-site navigation.
    /// </summary>
    private const string ActiveringsCookie = "po-extern-activering";
    private const string Doel = "PassendOnderwijs.ExterneActivering";

    public static void MapExterneAanmelding(this IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<ExterneAanmeldingOpties>().IsAan)
        {
            return;
        }

        app.MapGet(Pad, ([FromQuery] string? returnUrl) => NaarAanbieder(InlogPagina.VeiligTerug(returnUrl))).ExcludeFromDescription();
        app.MapPost(ActiveringsPad, Activeer).ExcludeFromDescription();
        app.MapGet("/" + IdentiteitRegistratie.ExternTerugPad, TerugAsync).ExcludeFromDescription();
    }

    private static IResult Activeer(
        HttpContext http, IAntiforgery antiforgery, IDataProtectionProvider bescherming, ExterneAanmeldingOpties aanbieder, [FromForm] ExterneActivering formulier)
    {
        if (string.IsNullOrWhiteSpace(formulier.Activatiecode))
        {
            return ActiveringsPagina.Mislukt(http, antiforgery, aanbieder, [Fout.Ongeldig("activatiecode-vereist", "Vul de activeringscode in.", "activatiecode")]);
        }

        http.Response.Cookies.Append(ActiveringsCookie, bescherming.CreateProtector(Doel).ToTimeLimitedDataProtector()
            .Protect(formulier.Activatiecode.Trim(), TimeSpan.FromMinutes(15)), new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = http.Request.IsHttps,
                Path = "/" + IdentiteitRegistratie.ExternTerugPad,
                MaxAge = TimeSpan.FromMinutes(15),
            });
        return NaarAanbieder("/");
    }

    private static IResult NaarAanbieder(string terug) => Results.Challenge(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictClientAspNetCoreConstants.Properties.ProviderName] = IdentiteitRegistratie.ExterneAanbieder,
        })
        { RedirectUri = terug },
        [OpenIddictClientAspNetCoreDefaults.AuthenticationScheme]);

    private static async Task<IResult> TerugAsync(
        HttpContext http,
        IAntiforgery antiforgery,
        IDataProtectionProvider bescherming,
        ISender sender,
        ExterneAanmeldingOpties aanbieder,
        ILoggerFactory logging,
        CancellationToken ct)
    {
        var code = LeesActiveringscode(http, bescherming);
        var resultaat = await http.AuthenticateAsync(OpenIddictClientAspNetCoreDefaults.AuthenticationScheme).ConfigureAwait(false);
        var onderwerp = resultaat.Succeeded ? resultaat.Principal?.FindFirst(Claims.Subject)?.Value : null;
        if (string.IsNullOrEmpty(onderwerp))
        {
            // For the operator: what the provider or the protocol check said (the person gets a plain message).
            MeldMislukt(
                logging.CreateLogger(typeof(ExterneAanmelding)),
                resultaat.Properties?.GetString(OpenIddictClientAspNetCoreConstants.Properties.Error) ?? resultaat.Failure?.Message,
                resultaat.Properties?.GetString(OpenIddictClientAspNetCoreConstants.Properties.ErrorDescription));
            var mislukt = Fout.RegelGeschonden("externe-inlog-mislukt", $"Inloggen met {aanbieder.Naam} is niet gelukt of afgebroken. Probeer het opnieuw.");
            return code is null ? Inlogpagina(http, antiforgery, aanbieder, mislukt.Melding) : ActiveringsPagina.Mislukt(http, antiforgery, aanbieder, [mislukt]);
        }

        var identiteit = new ExterneIdentiteit(aanbieder.Uitgever!.AbsoluteUri, onderwerp);
        if (code is not null)
        {
            var gekoppeld = await sender.Send(new KoppelExterneIdentiteitCommand(code, identiteit, aanbieder.ToegestaneRollen), ct).ConfigureAwait(false);
            if (!gekoppeld.IsGelukt)
            {
                return ActiveringsPagina.Mislukt(http, antiforgery, aanbieder, gekoppeld.Fouten);
            }
        }

        var gebruiker = await sender.Send(new GeefExternAangemeldeGebruikerQuery(identiteit, aanbieder.ToegestaneRollen), ct).ConfigureAwait(false);
        if (!gebruiker.IsGelukt)
        {
            return Inlogpagina(http, antiforgery, aanbieder, gebruiker.Fouten[0].Code == "samenwerkingsverband-opgeschort"
                ? gebruiker.Fouten[0].Melding
                : $"U bent ingelogd met {aanbieder.Naam}, maar dat hoort nog bij geen account. Heeft u een activeringscode van de school? Activeer dan eerst uw account met {aanbieder.Naam}.");
        }

        // The level the provider vouched for; none, or one we do not know, is the lowest: never assume more.
        var niveau = BetrouwbaarheidsniveauCodes.VanAcr(resultaat.Principal!.FindFirst(Claims.AuthenticationContextReference)?.Value) ?? Betrouwbaarheidsniveau.Laag;
        await Sessie.BeginAsync(http, gebruiker.Waarde, niveau).ConfigureAwait(false);
        return Results.LocalRedirect(InlogPagina.VeiligTerug(resultaat.Properties?.RedirectUri));
    }

    /// <summary>The code from the activation form, once: the cookie goes whatever the outcome.</summary>
    private static string? LeesActiveringscode(HttpContext http, IDataProtectionProvider bescherming)
    {
        if (!http.Request.Cookies.TryGetValue(ActiveringsCookie, out var beschermd) || string.IsNullOrEmpty(beschermd))
        {
            return null;
        }

        http.Response.Cookies.Delete(ActiveringsCookie, new CookieOptions { Path = "/" + IdentiteitRegistratie.ExternTerugPad });
        try
        {
            return bescherming.CreateProtector(Doel).ToTimeLimitedDataProtector().Unprotect(beschermd);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Expired or not ours: as if there was no code, so the person is told to sign in or activate again.
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in at the external identity provider failed: {Fout} {Omschrijving}")]
    private static partial void MeldMislukt(ILogger logger, string? fout, string? omschrijving);

    private static IResult Inlogpagina(HttpContext http, IAntiforgery antiforgery, ExterneAanmeldingOpties aanbieder, string melding) =>
        InlogPagina.Html(InlogHtml.Formulier(antiforgery.GetAndStoreTokens(http), "/", email: null, melding, aanbieder), StatusCodes.Status400BadRequest);
}

internal sealed record ExterneActivering(string? Activatiecode);
