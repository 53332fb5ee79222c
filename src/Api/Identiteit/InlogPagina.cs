using Mediator;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Application.Platform;
using PassendOnderwijs.Application.Gebruikers.Commands.MeldAan;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Infrastructure.Identiteit;

namespace PassendOnderwijs.Api.Identiteit;

/// <summary>
/// The sign-in page of the authorization server (/inloggen): server-rendered, Dutch, no script, protected against
/// CSRF with an antiforgery token. On success it sets the sign-in session and returns to the (local) ReturnUrl,
/// normally /connect/authorize.
/// </summary>
internal static class InlogPagina
{
    public static void MapInlogPagina(this IEndpointRouteBuilder app)
    {
        app.MapGet(Sessie.InlogPad, (HttpContext http, IAntiforgery antiforgery, ExterneAanmeldingOpties aanbieder, [FromQuery] string? returnUrl) =>
                Html(InlogHtml.Formulier(antiforgery.GetAndStoreTokens(http), VeiligTerug(returnUrl), email: null, melding: null, aanbieder), StatusCodes.Status200OK))
            .ExcludeFromDescription();
        app.MapPost(Sessie.InlogPad, MeldAanAsync).ExcludeFromDescription();
        app.MapGet("/inloggen.css", (IConfiguration configuratie) => ServerStijl(configuratie)).ExcludeFromDescription();
    }

    private static async Task<IResult> MeldAanAsync(
        HttpContext http,
        IAntiforgery antiforgery,
        ISender sender,
        ExterneAanmeldingOpties aanbieder,
        [FromForm] InlogFormulier formulier,
        CancellationToken ct)
    {
        var terug = VeiligTerug(formulier.ReturnUrl);
        var uitkomst = await sender.Send(new MeldAanCommand(Inloggegevens.Lees(formulier.Email, formulier.Wachtwoord)), ct).ConfigureAwait(false);
        var melding = !uitkomst.IsGelukt
            ? string.Join(" ", uitkomst.Fouten.Select(f => f.Melding))
            : uitkomst.Waarde.Uitkomst switch
            {
                AanmeldUitkomst.Gelukt => null,
                AanmeldUitkomst.Geblokkeerd =>
                    $"Er is te vaak een verkeerd wachtwoord gebruikt. Uw account is {Gebruiker.Blokkeerduur.TotalMinutes:0} minuten geblokkeerd.",
                AanmeldUitkomst.Opgeschort => TenantOpslag.OpgeschortMelding,
                _ => "Dit e-mailadres en wachtwoord horen niet bij elkaar.",
            };
        if (melding is not null)
        {
            return Html(InlogHtml.Formulier(antiforgery.GetAndStoreTokens(http), terug, formulier.Email, melding, aanbieder), StatusCodes.Status400BadRequest);
        }

        // How the person signed in, not who they are: e-mail and password is eIDAS laag.
        await Sessie.BeginAsync(http, uitkomst.Waarde.Gebruiker!, Betrouwbaarheidsniveau.Laag).ConfigureAwait(false);
        return Results.LocalRedirect(terug);
    }

    /// <summary>
    /// The product's look (NL Design System, theme and layout) that the SPA build leaves in serverpagina.css; an API
    /// that runs without the SPA (development, tests) falls back on a plain stylesheet of its own.
    /// </summary>
    private static IResult ServerStijl(IConfiguration configuratie)
    {
        var spa = configuratie["Spa:Pad"];
        var gebouwd = string.IsNullOrWhiteSpace(spa) ? null : Path.GetFullPath(Path.Combine(spa, "serverpagina.css"));
        return gebouwd is not null && File.Exists(gebouwd)
            ? Results.File(gebouwd, "text/css; charset=utf-8")
            : Results.Text(InlogHtml.Stijl, "text/css; charset=utf-8");
    }

    /// <summary>Only a path on this site: an open redirect would make the sign-in page a phishing tool.</summary>
    internal static string VeiligTerug(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";

    internal static IResult Html(string html, int status) => Results.Content(html, "text/html; charset=utf-8", statusCode: status);
}

internal sealed record InlogFormulier(string? Email, string? Wachtwoord, string? ReturnUrl);
