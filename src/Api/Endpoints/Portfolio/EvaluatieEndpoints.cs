using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http.Tabeluitvoer;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Portfolio.Evaluatie;
using PassendOnderwijs.Application.Portfolio.Evaluatie.Queries.ExporteerPortfolioevaluatie;
using PassendOnderwijs.Application.Portfolio.Evaluatie.Queries.GeefPortfolioevaluatie;
using PassendOnderwijs.Application.Portfolio.Evaluatie.Queries.GeefPortfolioevaluatiePdf;

namespace PassendOnderwijs.Api.Endpoints.Portfolio;

/// <summary>
/// The yearly evaluation of a regio's portfolio: as a page for the SWV's staff, and as the regional board's version in a
/// file (PDF to read, CSV or XLSX to calculate with).
/// </summary>
internal static class EvaluatieEndpoints
{
    private const string Tag = "Portfolio";
    private const string Pad = "/portfolio/regios/{regio}/evaluaties/{jaar}";

    public static void MapPortfolioevaluatie(this RouteGroupBuilder api)
    {
        api.MapGet(Pad, GeefEvaluatie).WithName("geefPortfolioevaluatie").MetParameter(ContractParameters.Regio).MetParameter(ContractParameters.Kalenderjaar)
            .Beschrijf(Tag,
                "De jaarevaluatie van het portfolio van een regio",
                "Over één kalenderjaar: de uren van de experts per expertisegebied en per school (uren met een datum in dat jaar), de " +
                "netwerkbesprekingen en ingebrachte casussen met hun uitkomst, de afgesloten inzetten met hun resultaat, de tevredenheid " +
                "(gemiddelden alleen bij 5 antwoorden of meer), de middelen van de besturen met een school in de regio en de stand van hun " +
                "verantwoording, en de samenwerkingsprojecten met hun evaluatie. Alleen cijfers, geen leerling. Een cel van 1 leerling " +
                "tot onder de drempel van het samenwerkingsverband (drempel, standaard 5) heeft klein: true; de versie voor het regionaal bestuur (voorBestuur=true, en altijd het bestand) laat daar " +
                "de cijfers weg, en ook bij de cel die anders via het totaal te herleiden is. Voor de regionaal procesbegeleider, de " +
                "beleidsmedewerker en de manager ondersteuning.");
        api.MapGet(Pad + "/export", ExporteerEvaluatie).WithName("exporteerPortfolioevaluatie")
            .WithMetadata(new Bestandsantwoord([CsvTabel.Mediatype, Documentantwoord.Pdf, XlsxTabel.Mediatype]), new Stroomantwoord())
            .MetParameter(ContractParameters.Regio).MetParameter(ContractParameters.Kalenderjaar)
            .Beschrijf(Tag,
                "De jaarevaluatie van een regio voor het regionaal bestuur, als bestand",
                "Altijd de versie voor het bestuur: cellen onder de drempel van het samenwerkingsverband zijn weggelaten, en de cellen die ze anders verraden. Vraag met Accept: application/pdf " +
                "(het rapport om te versturen of te printen), text/csv (één regel per cijfer: onderdeel, onderwerp, kengetal, waarde en " +
                "toelichting; UTF-8 met BOM en ';' zoals Excel in het Nederlands het opent) of " + XlsxTabel.Mediatype + ".");
    }

    private static Task<Results<Ok<PortfolioevaluatieDto>, ProblemHttpResult>> GeefEvaluatie(
        string regio, string jaar, [FromQuery] bool? voorBestuur, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefPortfolioevaluatieQuery(regio, jaar, voorBestuur ?? false), http, ct);

    /// <summary>PDF when the client prefers it; otherwise one row per figure as CSV or XLSX as <see cref="Tabelbestand"/> decides.</summary>
    private static Task<Results<PushStreamHttpResult, FileContentHttpResult, ProblemHttpResult>> ExporteerEvaluatie(
        string regio, string jaar, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.PdfOfTabelAsync(
            new GeefPortfolioevaluatiePdfQuery(regio, jaar),
            async () => (await sender.Send(new ExporteerPortfolioevaluatieQuery(regio, jaar), ct).ConfigureAwait(false))
                .AlsBestand(Portfolioevaluatieregels.Van, Portfolioevaluatieregels.Tabel, http),
            http,
            ct);
}
