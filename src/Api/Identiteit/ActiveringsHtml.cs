using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.Identiteit;

/// <summary>The markup of the activation page; same look as the sign-in page (its stylesheet), no script.</summary>
internal static class ActiveringsHtml
{
    public static string Formulier(AntiforgeryTokenSet tokens, string? melding, bool gelukt)
    {
        var e = HtmlEncoder.Default;
        var inhoud = gelukt
            ? """<p role="status">Je wachtwoord is ingesteld. Je kunt nu <a href="/">inloggen</a>.</p>"""
            : $"""
                {(melding is null ? string.Empty : $"<p class=\"fout\" role=\"alert\" id=\"fout\">{e.Encode(melding)}</p>")}
                <form method="post" action="/activeren" novalidate>
                  <input type="hidden" name="{e.Encode(tokens.FormFieldName)}" value="{e.Encode(tokens.RequestToken ?? string.Empty)}">
                  <label for="activatiecode">Activeringscode</label>
                  <input id="activatiecode" name="activatiecode" autocomplete="one-time-code" required>
                  <label for="wachtwoord">Nieuw wachtwoord (minstens {Gebruiker.MinimaleLengteWachtwoord} tekens)</label>
                  <input id="wachtwoord" name="wachtwoord" type="password" autocomplete="new-password" required minlength="{Gebruiker.MinimaleLengteWachtwoord}">
                  <label for="herhaling">Herhaal het wachtwoord</label>
                  <input id="herhaling" name="herhaling" type="password" autocomplete="new-password" required>
                  <button type="submit">Wachtwoord instellen</button>
                </form>
                """;
        return $"""
            <!doctype html>
            <html lang="nl">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Account activeren – PassendOnderwijs</title>
              <link rel="stylesheet" href="/inloggen.css">
            </head>
            <body>
              <header>PassendOnderwijs</header>
              <main>
                <h1>Account activeren</h1>
                {inhoud}
              </main>
            </body>
            </html>
            """;
    }
}
