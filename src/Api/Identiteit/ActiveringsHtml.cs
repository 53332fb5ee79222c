using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using PassendOnderwijs.Infrastructure.Identiteit;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.Identiteit;

/// <summary>The markup of the activation page.</summary>
internal static class ActiveringsHtml
{
    public static string Formulier(AntiforgeryTokenSet tokens, string? melding, bool gelukt, ExterneAanmeldingOpties aanbieder) =>
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
                {MetExterneAanmelding(tokens, aanbieder)}
                <div class="serverpagina__hulp">
                  <p>Met de activeringscode van de beheerder van uw samenwerkingsverband kiest u uw wachtwoord: de eerste keer, of een nieuw wachtwoord als u het vergeten bent.</p>
                  <p>Al een wachtwoord? <a href="/">Naar de startpagina om in te loggen</a></p>
                </div>
                """);

    /// <summary>
    /// Activation by signing in at the external provider instead of choosing a password, for the roles that may sign
    /// in there. The code goes in this form's body, as above, never in a URL.
    /// </summary>
    private static string MetExterneAanmelding(AntiforgeryTokenSet tokens, ExterneAanmeldingOpties aanbieder)
    {
        if (!aanbieder.IsAan)
        {
            return string.Empty;
        }

        var naam = HtmlEncoder.Default.Encode(aanbieder.Naam);
        return $"""
            <h2>Of activeer met {naam}</h2>
            <p>Dan logt u voortaan in met {naam} en kiest u geen wachtwoord. Dit kan alleen met een account voor ouders en verzorgers.</p>
            <form method="post" action="{ExterneAanmelding.ActiveringsPad}" novalidate>
              {ServerPagina.AntiforgeryVeld(tokens)}
              <label for="activatiecode-extern">Activeringscode</label>
              <input id="activatiecode-extern" name="activatiecode" autocomplete="one-time-code" required>
              <button type="submit" class="button">Activeren met {naam}</button>
            </form>
            """;
    }
}
