using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;

namespace PassendOnderwijs.Api.Identiteit;

/// <summary>The sign-in page and the stylesheet of the server's pages. Every value from the request is HTML-encoded.</summary>
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
        return ServerPagina.Html("Inloggen", $"""
            {ServerPagina.Melding(melding)}
            <form method="post" action="/inloggen" novalidate>
              {ServerPagina.AntiforgeryVeld(tokens)}
              <input type="hidden" name="returnUrl" value="{e.Encode(terug)}">
              <label for="email">E-mailadres</label>
              <input id="email" name="email" type="email" autocomplete="username" required value="{e.Encode(email ?? string.Empty)}"{(melding is null ? string.Empty : " aria-describedby=\"fout\"")}>
              <label for="wachtwoord">Wachtwoord</label>
              <input id="wachtwoord" name="wachtwoord" type="password" autocomplete="current-password" required>
              <button type="submit">Inloggen</button>
            </form>
            """);
    }
}
