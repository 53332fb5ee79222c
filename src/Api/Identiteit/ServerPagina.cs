using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;

namespace PassendOnderwijs.Api.Identiteit;

/// <summary>
/// The frame of the authorization server's own pages (sign-in, activation): the SPA's header, theme and NL Design
/// System look (the class names of its stylesheet, /inloggen.css), no script and no inline style (the CSP forbids them).
/// </summary>
internal static class ServerPagina
{
    public static string Html(string titel, string inhoud)
    {
        var e = HtmlEncoder.Default;
        return $"""
            <!doctype html>
            <html lang="nl" class="po-thema utrecht-html">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{e.Encode(titel)} – PassendOnderwijs</title>
              <link rel="icon" type="image/svg+xml" href="/favicon.svg">
              <link rel="stylesheet" href="/inloggen.css">
            </head>
            <body>
              <header class="site-header">
                <div class="container site-header__inner">
                  <a href="/" class="site-header__brand">PassendOnderwijs</a>
                </div>
              </header>
              <main class="container serverpagina">
                <h1>{e.Encode(titel)}</h1>
                {inhoud}
              </main>
            </body>
            </html>
            """;
    }

    /// <summary>What went wrong, as the SPA's error message: an NL DS error alert that is read out at once.</summary>
    public static string Melding(string? melding) =>
        melding is null
            ? string.Empty
            : $"""<div class="problem utrecht-alert utrecht-alert--error" role="alert" id="fout"><p>{HtmlEncoder.Default.Encode(melding)}</p></div>""";

    public static string AntiforgeryVeld(AntiforgeryTokenSet tokens) =>
        $"""<input type="hidden" name="{HtmlEncoder.Default.Encode(tokens.FormFieldName)}" value="{HtmlEncoder.Default.Encode(tokens.RequestToken ?? string.Empty)}">""";
}
