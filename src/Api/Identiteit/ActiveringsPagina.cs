using Mediator;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Application.Gebruikers.Commands.ActiveerAccount;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Infrastructure.Identiteit;

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
        app.MapGet(Pad, (HttpContext http, IAntiforgery antiforgery, ExterneAanmeldingOpties aanbieder) =>
                InlogPagina.Html(ActiveringsHtml.Formulier(antiforgery.GetAndStoreTokens(http), melding: null, gelukt: false, aanbieder), StatusCodes.Status200OK))
            .ExcludeFromDescription();
        app.MapPost(Pad, async (HttpContext http, IAntiforgery antiforgery, ISender sender, ExterneAanmeldingOpties aanbieder, [FromForm] ActiveringsFormulier formulier, CancellationToken ct) =>
            {
                var uitkomst = await sender.Send(
                    new ActiveerAccountCommand(Activering.Lees(formulier.Activatiecode, formulier.Wachtwoord, formulier.Herhaling)), ct).ConfigureAwait(false);
                return uitkomst.IsGelukt
                    ? InlogPagina.Html(ActiveringsHtml.Formulier(antiforgery.GetAndStoreTokens(http), melding: null, gelukt: true, aanbieder), StatusCodes.Status200OK)
                    : Mislukt(http, antiforgery, aanbieder, uitkomst.Fouten);
            })
            .ExcludeFromDescription();
    }

    /// <summary>The page again with what went wrong (400), for a password or an external sign-in alike.</summary>
    internal static IResult Mislukt(HttpContext http, IAntiforgery antiforgery, ExterneAanmeldingOpties aanbieder, IEnumerable<Fout> fouten) =>
        InlogPagina.Html(
            ActiveringsHtml.Formulier(antiforgery.GetAndStoreTokens(http), string.Join(" ", fouten.Select(f => f.Melding)), gelukt: false, aanbieder),
            StatusCodes.Status400BadRequest);
}

internal sealed record ActiveringsFormulier(string? Activatiecode, string? Wachtwoord, string? Herhaling);
