using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Infrastructure.Identiteit;

namespace PassendOnderwijs.Api.Identiteit;

/// <summary>The sign-in page and the stylesheet of the server's pages. Every value from the request is HTML-encoded.</summary>
internal static class InlogHtml
{
    /// <summary>
    /// The plain stylesheet for an API that runs without the SPA's build (development, tests); in production
    /// /inloggen.css is the SPA's serverpagina.css. Same palette as client/src/thema.css.
    /// </summary>
    public const string Stijl = """
        body { font-family: system-ui, sans-serif; color: #1a1a1a; margin: 0; line-height: 1.5; }
        .site-header { background: #154273; padding: 1rem; }
        .site-header__brand { color: #fff; font-weight: 700; font-size: 1.25rem; text-decoration: none; }
        main { max-width: 34rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
        h1 { color: #154273; }
        a { color: #154273; }
        label { display: block; font-weight: 700; margin-top: 1rem; }
        input { display: block; width: 100%; max-width: 24rem; box-sizing: border-box; padding: .5rem; margin-top: .25rem; font-size: 1rem; border: 1px solid #6b6b6b; border-radius: 4px; }
        a.button { display: inline-block; text-decoration: none; }
        .button { margin-top: 1.5rem; padding: .6rem 1.2rem; font-size: 1rem; background: #154273; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
        :focus-visible { outline: 3px solid #ffb612; outline-offset: 2px; }
        .problem { background: #fdeeee; border-left: 6px solid #a90000; padding: .75rem 1rem; margin: 1rem 0; }
        .serverpagina__hulp { border-top: 1px solid #cad0d6; padding-top: .5rem; }
        """;

    public static string Formulier(AntiforgeryTokenSet tokens, string terug, string? email, string? melding, ExterneAanmeldingOpties aanbieder)
    {
        var e = HtmlEncoder.Default;
        return ServerPagina.Html("Inloggen", $"""
            {ServerPagina.Melding(melding)}
            <form method="post" action="/inloggen" novalidate>
              {ServerPagina.AntiforgeryVeld(tokens)}
              <input type="hidden" name="returnUrl" value="{e.Encode(terug)}">
              <label for="email">E-mailadres</label>
              <input id="email" name="email" type="email" autocomplete="username" required value="{e.Encode(email ?? string.Empty)}"{(melding is null ? string.Empty : " aria-describedby=\"fout\"")}>
              <label for="wachtwoord">Wachtwoord</label>
              <input id="wachtwoord" name="wachtwoord" type="password" autocomplete="current-password" required>
              <button type="submit" class="button">Inloggen</button>
            </form>
            {ExterneKnop(aanbieder, terug)}
            <div class="serverpagina__hulp">
              <p>Heeft u een activeringscode? <a href="{ActiveringsPagina.Pad}">Activeer uw account</a></p>
              <p><strong>Wachtwoord vergeten?</strong> Vraag de beheerder van uw samenwerkingsverband om een nieuwe activeringscode; daarmee kiest u een nieuw wachtwoord.</p>
            </div>
            """);
    }

    /// <summary>The external provider beside the password, when one is configured: a link, so the page stays without script.</summary>
    private static string ExterneKnop(ExterneAanmeldingOpties aanbieder, string terug)
    {
        if (!aanbieder.IsAan)
        {
            return string.Empty;
        }

        var e = HtmlEncoder.Default;
        var adres = $"{ExterneAanmelding.Pad}?returnUrl={Uri.EscapeDataString(terug)}";
        return $"""
            <div class="serverpagina__extern">
              <p>Of log in met {e.Encode(aanbieder.Naam)}{(aanbieder.ToegestaneRollen.SequenceEqual([Rol.Ouder]) ? " (voor ouders en verzorgers)" : string.Empty)}:</p>
              <p><a class="button utrecht-button-link utrecht-button-link--primary-action" href="{e.Encode(adres)}">Inloggen met {e.Encode(aanbieder.Naam)}</a></p>
            </div>
            """;
    }
}
