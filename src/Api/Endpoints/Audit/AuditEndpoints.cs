using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.Http.Tabeluitvoer;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Audit;
using PassendOnderwijs.Application.Audit.Queries.ExporteerAuditRegels;
using PassendOnderwijs.Application.Audit.Queries.GeefAuditActoren;
using PassendOnderwijs.Application.Audit.Queries.ExporteerPlatformAuditRegels;
using PassendOnderwijs.Application.Audit.Queries.GeefAuditRegels;
using PassendOnderwijs.Application.Audit.Queries.GeefPlatformAuditActoren;
using PassendOnderwijs.Application.Audit.Queries.GeefPlatformAuditRegels;

namespace PassendOnderwijs.Api.Endpoints.Audit;

/// <summary>The audit log: read and export only. There is no endpoint that changes or removes a record.</summary>
internal static class AuditEndpoints
{
    private const string Pad = "/auditregels";
    private const string ExportPad = Pad + "/export";
    private const string ActorenPad = Pad + "/actoren";
    private const string PlatformPad = "/platform-auditregels";
    private const string Tag = "Audit";

    public static void MapAudit(this RouteGroupBuilder api)
    {
        api.MapGet(Pad, GeefAuditRegels).WithName("geefAuditRegels").Beschrijf(Tag, 
            "Het auditlog van uw samenwerkingsverband",
            "Wie welke gegevens wanneer, van waar en waarvoor heeft gelezen of gewijzigd; nieuwste eerst, per leerling " +
            "en/of per actor (gebruiker of client), per soort gegevens (resourceSoort) en van/tot een dag (Nederlandse " +
            "kalenderdagen, beide inclusief). Pagina's met een cursor; de Link-header wijst naar de volgende. " +
            "Het lezen van het auditlog staat er zelf ook in.");

        api.MapGet(PlatformPad, GeefPlatformAuditRegels).WithName("geefPlatformAuditRegels").Beschrijf(Tag,
            "Het auditlog van het platform",
            "Wat bij geen samenwerkingsverband hoort: de accounts van het platform en wat register-beheerders in het " +
            "landelijke register deden, publicaties van de expertise-waardelijst; nieuwste eerst, eventueel per actor. " +
            "Wat het platform bij een samenwerkingsverband doet, staat in diens eigen auditlog. Alleen voor de platform-beheerder.");

        api.MapGet(ActorenPad, GeefActoren).WithName("geefAuditActoren").Beschrijf(Tag,
            "Op wie u het auditlog van uw samenwerkingsverband kunt filteren",
            "De accounts en koppelingen van het samenwerkingsverband en iedereen die het auditlog verder noemt: ingetrokken " +
            "koppelingen (ingetrokken=true; hun regels blijven) en anderen die hier iets deden, zoals een platform-beheerder. " +
            "Op naam; actor is de waarde voor het filter actor. inHetLog=false: nog niets gedaan dat in het auditlog staat.");

        api.MapGet(PlatformPad + "/actoren", GeefPlatformActoren).WithName("geefPlatformAuditActoren").Beschrijf(Tag,
            "Op wie u het auditlog van het platform kunt filteren",
            "De accounts van het platform en iedereen die het auditlog van het platform verder noemt, op naam. Alleen voor " +
            "de platform-beheerder.");
        api.MapGet(PlatformPad + "/export", ExporteerPlatform).WithName("exporteerPlatformAuditRegels").AlsTabelbestand().Beschrijf(Tag,
            "Exporteer het auditlog van het platform als CSV of Excel",
            "Dezelfde regels als /platform-auditregels (nieuwste eerst, eventueel per actor), maar alle in één bestand. Vraag met " +
            "Accept: text/csv of " + XlsxTabel.Mediatype + ". Boven het maximum (standaard 50.000 regels) 400 te-veel-rijen. " +
            "Alleen voor de platform-beheerder; ook de export staat in het auditlog van het platform.");

        api.MapGet(ExportPad, Exporteer).WithName("exporteerAuditRegels").AlsTabelbestand().Beschrijf(Tag,
            "Exporteer het auditlog van één leerling of één actor als CSV of Excel",
            "Oudste eerst, bijvoorbeeld voor een inzageverzoek (AVG art. 15). resourceSoort, van en tot maken de export " +
            "kleiner, maar vervangen leerling of actor niet. Vraag met Accept: text/csv of " + XlsxTabel.Mediatype + ". Boven " +
            "het maximum (standaard 50.000 regels) 400 te-veel-rijen. Ook een export staat in het auditlog.");
    }

    private static async Task<Results<Ok<AuditRegelPaginaDto>, ProblemHttpResult>> GeefAuditRegels(
        [FromQuery] Guid? leerling, [FromQuery] string? actor, [FromQuery] string? cursor, [FromQuery] int? pageSize,
        [FromQuery] string? resourceSoort, [FromQuery] DateOnly? van, [FromQuery] DateOnly? tot,
        ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new GeefAuditRegelsQuery(leerling, actor, cursor, pageSize, resourceSoort, van, tot), ct).ConfigureAwait(false))
            .AlsPagina(http, Pad, p => p.VolgendeCursor);

    private static async Task<Results<Ok<AuditRegelPaginaDto>, ProblemHttpResult>> GeefPlatformAuditRegels(
        [FromQuery] string? actor, [FromQuery] string? cursor, [FromQuery] int? pageSize, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new GeefPlatformAuditRegelsQuery(actor, cursor, pageSize), ct).ConfigureAwait(false)).AlsPagina(http, PlatformPad, p => p.VolgendeCursor);

    private static Task<Results<Ok<AuditActorLijstDto>, ProblemHttpResult>> GeefActoren(ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefAuditActorenQuery(), http, ct);

    private static Task<Results<Ok<AuditActorLijstDto>, ProblemHttpResult>> GeefPlatformActoren(ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefPlatformAuditActorenQuery(), http, ct);

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> Exporteer(
        [FromQuery] Guid? leerling, [FromQuery] string? actor, [FromQuery] string? resourceSoort, [FromQuery] DateOnly? van,
        [FromQuery] DateOnly? tot, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new ExporteerAuditRegelsQuery(leerling, actor, resourceSoort, van, tot), ct).ConfigureAwait(false))
            .AlsBestand(AuditTabel.Tabel, http);

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> ExporteerPlatform(
        [FromQuery] string? actor, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new ExporteerPlatformAuditRegelsQuery(actor), ct).ConfigureAwait(false)).AlsBestand(AuditTabel.PlatformTabel, http);
}
