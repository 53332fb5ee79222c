using Mediator;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Application.Gebruikers.Commands.ActiveerAccount;

namespace PassendOnderwijs.Api.Identiteit;

/// <summary>
/// /activeren: the person chooses their first password with the one-time code their administrator passed on.
/// The code travels in the form body, never in a URL (api.md: no secrets or personal data in URLs).
/// </summary>
internal static class ActiveringsPagina
{
    public const string Pad = "/activeren";

    public static void MapActiveringsPagina(this IEndpointRouteBuilder app)
    {
        app.MapGet(Pad, (HttpContext http, IAntiforgery antiforgery) =>
                Html(ActiveringsHtml.Formulier(antiforgery.GetAndStoreTokens(http), melding: null, gelukt: false), StatusCodes.Status200OK))
            .ExcludeFromDescription();
        app.MapPost(Pad, async (HttpContext http, IAntiforgery antiforgery, ISender sender, [FromForm] ActiveringsFormulier formulier, CancellationToken ct) =>
            {
                var uitkomst = await sender.Send(
                    new ActiveerAccountCommand(Activering.Lees(formulier.Activatiecode, formulier.Wachtwoord, formulier.Herhaling)), ct).ConfigureAwait(false);
                return uitkomst.IsGelukt
                    ? Html(ActiveringsHtml.Formulier(antiforgery.GetAndStoreTokens(http), melding: null, gelukt: true), StatusCodes.Status200OK)
                    : Html(
                        ActiveringsHtml.Formulier(antiforgery.GetAndStoreTokens(http), string.Join(" ", uitkomst.Fouten.Select(f => f.Melding)), gelukt: false),
                        StatusCodes.Status400BadRequest);
            })
            .ExcludeFromDescription();
    }

    private static IResult Html(string html, int status) => Results.Content(html, "text/html; charset=utf-8", statusCode: status);
}

internal sealed record ActiveringsFormulier(string? Activatiecode, string? Wachtwoord, string? Herhaling);
