using Microsoft.AspNetCore.Antiforgery;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.Identiteit;

/// <summary>The markup of the activation page.</summary>
internal static class ActiveringsHtml
{
    public static string Formulier(AntiforgeryTokenSet tokens, string? melding, bool gelukt) =>
        ServerPagina.Html("Account activeren", gelukt
            ? """<p role="status">Uw wachtwoord is ingesteld. U kunt nu <a href="/">inloggen</a>.</p>"""
            : $"""
                {ServerPagina.Melding(melding)}
                <form method="post" action="/activeren" novalidate>
                  {ServerPagina.AntiforgeryVeld(tokens)}
                  <label for="activatiecode">Activeringscode</label>
                  <input id="activatiecode" name="activatiecode" autocomplete="one-time-code" required>
                  <label for="wachtwoord">Nieuw wachtwoord (minstens {Gebruiker.MinimaleLengteWachtwoord} tekens)</label>
                  <input id="wachtwoord" name="wachtwoord" type="password" autocomplete="new-password" required minlength="{Gebruiker.MinimaleLengteWachtwoord}">
                  <label for="herhaling">Herhaal het wachtwoord</label>
                  <input id="herhaling" name="herhaling" type="password" autocomplete="new-password" required>
                  <button type="submit" class="button">Wachtwoord instellen</button>
                </form>
                <div class="serverpagina__hulp">
                  <p>Met de activeringscode van de beheerder van uw samenwerkingsverband kiest u uw wachtwoord: de eerste keer, of een nieuw wachtwoord als u het vergeten bent.</p>
                  <p>Al een wachtwoord? <a href="/">Naar de startpagina om in te loggen</a></p>
                </div>
                """);
}
