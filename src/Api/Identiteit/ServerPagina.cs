using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;

namespace PassendOnderwijs.Api.Identiteit;

/// <summary>The frame of the authorization server's own pages (sign-in, activation): one look, no script.</summary>
internal static class ServerPagina
{
    public static string Html(string titel, string inhoud)
    {
        var e = HtmlEncoder.Default;
        return $"""
            <!doctype html>
            <html lang="nl">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{e.Encode(titel)} – PassendOnderwijs</title>
              <link rel="stylesheet" href="/inloggen.css">
            </head>
            <body>
              <header>PassendOnderwijs</header>
              <main>
                <h1>{e.Encode(titel)}</h1>
                {inhoud}
              </main>
            </body>
            </html>
            """;
    }

    public static string Melding(string? melding) =>
        melding is null ? string.Empty : $"""<p class="fout" role="alert" id="fout">{HtmlEncoder.Default.Encode(melding)}</p>""";

    public static string AntiforgeryVeld(AntiforgeryTokenSet tokens) =>
        $"""<input type="hidden" name="{HtmlEncoder.Default.Encode(tokens.FormFieldName)}" value="{HtmlEncoder.Default.Encode(tokens.RequestToken ?? string.Empty)}">""";
}
