using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;

namespace PassendOnderwijs.Api.Identiteit;

/// <summary>The markup of the sign-in page. Every value from the request is HTML-encoded.</summary>
internal static class InlogHtml
{
    public const string Stijl = """
        body { font-family: system-ui, sans-serif; background: #f3f5f8; color: #1b1f24; margin: 0; }
        header { background: #17406d; color: #fff; padding: 1rem 2rem; font-weight: 700; font-size: 1.2rem; }
        main { max-width: 26rem; margin: 3rem auto; background: #fff; padding: 2rem; border-radius: 6px; box-shadow: 0 1px 3px #0002; }
        h1 { margin-top: 0; color: #17406d; }
        label { display: block; font-weight: 600; margin-top: 1rem; }
        input { width: 100%; box-sizing: border-box; padding: .6rem; margin-top: .3rem; font-size: 1rem; border: 1px solid #8a96a3; border-radius: 4px; }
        button { margin-top: 1.5rem; width: 100%; padding: .7rem; font-size: 1rem; background: #17406d; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
        button:focus, input:focus { outline: 3px solid #f0b400; }
        .fout { background: #fdecea; border-left: 4px solid #b3261e; padding: .75rem; margin-bottom: 1rem; }
        """;

    public static string Formulier(AntiforgeryTokenSet tokens, string terug, string? email, string? melding)
    {
        var e = HtmlEncoder.Default;
        var fout = melding is null ? string.Empty : $"""<p class="fout" role="alert" id="fout">{e.Encode(melding)}</p>""";
        return $"""
            <!doctype html>
            <html lang="nl">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Inloggen – PassendOnderwijs</title>
              <link rel="stylesheet" href="/inloggen.css">
            </head>
            <body>
              <header>PassendOnderwijs</header>
              <main>
                <h1>Inloggen</h1>
                {fout}
                <form method="post" action="/inloggen" novalidate>
                  <input type="hidden" name="{e.Encode(tokens.FormFieldName)}" value="{e.Encode(tokens.RequestToken ?? string.Empty)}">
                  <input type="hidden" name="returnUrl" value="{e.Encode(terug)}">
                  <label for="email">E-mailadres</label>
                  <input id="email" name="email" type="email" autocomplete="username" required value="{e.Encode(email ?? string.Empty)}"{(melding is null ? string.Empty : " aria-describedby=\"fout\"")}>
                  <label for="wachtwoord">Wachtwoord</label>
                  <input id="wachtwoord" name="wachtwoord" type="password" autocomplete="current-password" required>
                  <button type="submit">Inloggen</button>
                </form>
              </main>
            </body>
            </html>
            """;
    }
}
