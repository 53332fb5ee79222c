using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Beleid;
using PassendOnderwijs.Application.Beleid.Commands.VerwijderLogo;
using PassendOnderwijs.Application.Beleid.Commands.VervangLogo;
using PassendOnderwijs.Application.Beleid.Queries.GeefLogo;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Api.Endpoints.Beleid;

/// <summary>
/// The logo on the samenwerkingsverband's documents: the one resource of this API that is an image both ways. The
/// body of a PUT is the image itself, and a GET answers the stored bytes with the type they were recognised as.
/// </summary>
internal static class LogoEndpoints
{
    public const string Pad = "/beleidsinstellingen/logo";

    /// <summary>
    /// An SVG is a document that could run script or load things if a browser opened it directly. The upload refuses
    /// all of that already; this policy is the second lock: nothing may load, only the SVG's own inline styles apply.
    /// </summary>
    public const string SvgCsp = "default-src 'none'; style-src 'unsafe-inline'";

    private static readonly IReadOnlyList<string> Mediatypen = [Swvlogo.Png, Swvlogo.Svg];

    public static void MapLogo(this RouteGroupBuilder api)
    {
        api.MapGet(Pad, GeefLogo).WithName("geefLogo")
            .WithMetadata(new Bestandsantwoord(Mediatypen))
            .Beschrijf(BeleidEndpoints.Tag,
                "Het logo van het samenwerkingsverband voor documenten",
                "De afbeelding zelf, als image/png of image/svg+xml (vraag met Accept: image/* of een van beide typen). " +
                "404 zolang er geen logo is.");
        api.MapPut(Pad, VervangLogo).WithName("vervangLogo")
            .WithMetadata(new Bestandsinhoud(Mediatypen))
            .Beschrijf(BeleidEndpoints.Tag,
                "Stel het logo voor documenten in of vervang het",
                "De inhoud is de afbeelding zelf: een PNG (Content-Type image/png) of een SVG (image/svg+xml), hoogstens 256 KiB. " +
                "Het type wordt aan de inhoud herkend en moet met de Content-Type overeenkomen. Een SVG met script, " +
                "gebeurtenisattributen (on…), foreignObject of een href buiten het bestand wordt geweigerd. Het nieuwe logo geldt meteen.");
        api.MapDelete(Pad, VerwijderLogo).WithName("verwijderLogo")
            .Beschrijf(BeleidEndpoints.Tag, "Verwijder het logo", "Documenten hebben daarna geen logo meer.");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GeefLogo(ISender sender, HttpContext http, CancellationToken ct)
    {
        var uitkomst = await sender.Send(new GeefLogoQuery(), ct).ConfigureAwait(false);
        if (!uitkomst.Lukt(out var logo))
        {
            return ResultaatNaarHttp.AlsProbleem(uitkomst.Fouten, http);
        }

        var svg = logo.Mediatype == Swvlogo.Svg;
        if (svg)
        {
            http.Response.Headers.ContentSecurityPolicy = SvgCsp;
        }

        // Inline, so an <img> shows it; the name says what it is to whoever saves it. nosniff is on every answer.
        http.Response.Headers.ContentDisposition = svg ? "inline; filename=logo.svg" : "inline; filename=logo.png";
        return TypedResults.File(logo.Inhoud, logo.Mediatype);
    }

    private static async Task<Results<Ok<LogoDto>, ProblemHttpResult>> VervangLogo(ISender sender, HttpContext http, CancellationToken ct)
    {
        // Reading stops just past the limit: a larger body is never held in memory as a whole.
        var inhoud = await BegrensdeStroom.LeesAsync(http.Request, Swvlogo.MaximumBytes, ct).ConfigureAwait(false);
        var invoer = inhoud is null
            ? Result<Logobestand>.Mislukt(Swvlogo.TeGroot)
            : new Logobestand(MediaTypeHeaderValue.Parse(http.Request.ContentType).MediaType.Value!.ToLowerInvariant(), inhoud);
        return await sender.StuurAsync(new VervangLogoCommand(invoer), http, ct).ConfigureAwait(false);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> VerwijderLogo(ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new VerwijderLogoCommand(), ct).ConfigureAwait(false)).AlsGeenInhoud(http);
}
