using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Aanmeldingen;
using PassendOnderwijs.Application.Aanmeldingen.Commands.BesluitOverAanmelding;
using PassendOnderwijs.Application.Aanmeldingen.Commands.RegistreerAanmelding;
using PassendOnderwijs.Application.Aanmeldingen.Commands.TrekAanmeldingIn;
using PassendOnderwijs.Application.Aanmeldingen.Commands.VerlengAanmelding;
using PassendOnderwijs.Application.Aanmeldingen.Queries.GeefAanmelding;
using PassendOnderwijs.Application.Aanmeldingen.Queries.GeefAanmeldingen;
using PassendOnderwijs.Application.Aanmeldingen.Queries.GeefAanmeldingWerkvoorraad;

namespace PassendOnderwijs.Api.Endpoints.Aanmeldingen;

/// <summary>
/// Aanmeldingen and the zorgplicht: the school registers a written aanmelding, extends the term once, decides, or
/// records that the ouders withdrew it; the SWV watches every open case of its region. Every step names the version it
/// is based on in If-Match (428 without, 412 when stale); a step the lifecycle does not allow is a 409 and changes
/// nothing.
/// </summary>
internal static class AanmeldingEndpoints
{
    private const string Pad = "/aanmeldingen";
    private const string Tag = "Aanmeldingen";
    private const string Een = Pad + "/{aanmeldingId:guid}";
    private const string Werkvoorraad = Pad + "/werkvoorraad";

    public static void MapAanmeldingen(this RouteGroupBuilder api)
    {
        api.MapPost(Pad, Registreer).WithName("registreerAanmelding").Beschrijf(Tag,
            "Registreer een schriftelijke aanmelding",
            "Door een medewerker van de school (een eigen vestiging, anders 403): de leerling, de school, de datum van ontvangst, of de " +
            "ouders verwachten dat hun kind extra ondersteuning nodig heeft, de gewenste startdatum en het schooljaar. Vanaf de ontvangst " +
            "geldt de zorgplicht: de school besluit binnen zes weken, te rekenen vanaf de dag na ontvangst (ontvangen maandag 1 maart → " +
            "uiterlijk maandag 12 april). Een school van cluster 1 of 2 heeft geen zorgplicht: dan loopt er geen termijn. Eén open " +
            "aanmelding per leerling en school (409).");
        api.MapGet(Pad, GeefAanmeldingen).WithName("geefAanmeldingen").Beschrijf(Tag,
            "Aanmeldingen die u mag zien, met filters",
            "Een medewerker van een school ziet de aanmeldingen van de eigen vestigingen (en die waarin de eigen school als andere " +
            "school de leerling toeliet); het samenwerkingsverband alle aanmeldingen in de regio. Filters: leerling, vestiging, regio " +
            "(van de school), status, open (true: nog geen besluit) en verlopen (true: open en de termijn is voorbij). Open aanmeldingen " +
            "eerst, de vroegste (meest verlopen) termijn voorop, dan de nieuwste. Pagina's van hoogstens 100 (standaard 25) met een " +
            "cursor; totaal is het aantal over alle pagina's.");
        api.MapGet(Werkvoorraad, GeefWerkvoorraad).WithName("geefAanmeldingWerkvoorraad").Beschrijf(Tag,
            "Mijn werkvoorraad voor aanmeldingen: termijnen die bijna aflopen of verlopen zijn",
            "Voor de school (besluiten): elke open aanmelding met zorgplicht waarvan de termijn binnen 30 dagen afloopt of verlopen is. " +
            "Voor het samenwerkingsverband (zorgplicht-bewaken): elke open aanmelding in de regio waarvan de termijn binnen 14 dagen " +
            "afloopt of verlopen is. Vroegste deadline eerst; verlopen=true als de deadline voorbij is. Pagina's van hoogstens 100 " +
            "(standaard 25) met een cursor; totaal is het aantal regels over alle pagina's.");
        api.MapGet(Een, Geef).WithName("geefAanmelding").AlsAanmelding(
            "Eén aanmelding met termijn, verlenging, besluit en geschiedenis",
            "Voor de school van de aanmelding en het samenwerkingsverband. De ETag is de versie: stuur haar mee in If-Match bij de " +
            "volgende stap. toegestaneStappen noemt wat u nu kunt doen.");
        api.MapPost(Een + "/verlenging", Verleng).WithName("verlengAanmelding").AlsAanmelding(
            "Verleng de termijn eenmaal met vier weken",
            "Met de reden en de datum waarop de ouders het hoorden; alleen binnen de eerste zes weken en maar één keer (409 de tweede " +
            "keer). Het besluit is dan uiterlijk tien weken na de ontvangst.");
        api.MapPost(Een + "/besluit", Besluit).WithName("besluitOverAanmelding").AlsAanmelding(
            "Besluit over de toelating",
            "uitkomst: toegelaten; andere-school (toegelaten op een andere school van het samenwerkingsverband, met de datum van haar " +
            "akkoord en in overleg met de ouders); niet-toegelaten (met de reden); vol (de school is vol: niet toegelaten, en de " +
            "zorgplicht geldt niet). Alleen zolang de aanmelding open is (409). 422 noemt alles wat ontbreekt.");
        api.MapPost(Een + "/intrekking", TrekIn).WithName("trekAanmeldingIn").AlsAanmelding(
            "Leg vast dat de ouders de aanmelding introkken",
            "Met de datum; alleen zolang de aanmelding open is. De zorgplicht en de termijn eindigen.");
    }

    private static async Task<Results<Created<AanmeldingDto>, ProblemHttpResult>> Registreer(AanmeldingVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new RegistreerAanmeldingCommand(v.Lees()), ct).ConfigureAwait(false)).AlsNieuw(http, a => $"{Pad}/{a.Id}");

    private static async Task<Results<Ok<AanmeldingLijstDto>, ProblemHttpResult>> GeefAanmeldingen(
        [AsParameters] AanmeldingLijstParameters parameters, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(parameters.AlsQuery(), ct).ConfigureAwait(false)).AlsPagina(http, Pad, p => p.VolgendeCursor);

    private static async Task<Results<Ok<AanmeldingWerkvoorraadDto>, ProblemHttpResult>> GeefWerkvoorraad(
        [FromQuery] string? cursor, [FromQuery] int? pageSize, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new GeefAanmeldingWerkvoorraadQuery(cursor, pageSize), ct).ConfigureAwait(false)).AlsPagina(http, Werkvoorraad, p => p.VolgendeCursor);

    private static Task<Results<Ok<AanmeldingDto>, ProblemHttpResult>> Geef(Guid aanmeldingId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefAanmeldingQuery(aanmeldingId), http, ct);

    private static Task<Results<Ok<AanmeldingDto>, ProblemHttpResult>> Verleng(Guid aanmeldingId, VerlengingVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new VerlengAanmeldingCommand(aanmeldingId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<AanmeldingDto>, ProblemHttpResult>> Besluit(Guid aanmeldingId, ToelatingsbesluitVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new BesluitOverAanmeldingCommand(aanmeldingId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<AanmeldingDto>, ProblemHttpResult>> TrekIn(Guid aanmeldingId, IntrekkingVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new TrekAanmeldingInCommand(aanmeldingId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static RouteHandlerBuilder AlsAanmelding(this RouteHandlerBuilder builder, string samenvatting, string beschrijving) => builder
        .MetParameter(ContractParameters.AanmeldingId)
        .Beschrijf(Tag, samenvatting, beschrijving);
}

/// <summary>The query parameters of the aanmeldingen list, bound once.</summary>
internal sealed record AanmeldingLijstParameters(
    [FromQuery(Name = "leerlingId")] Guid? LeerlingId,
    [FromQuery(Name = "vestiging")] string? Vestiging,
    [FromQuery(Name = "regio")] string? Regio,
    [FromQuery(Name = "status")] string? Status,
    [FromQuery(Name = "open")] bool? Open,
    [FromQuery(Name = "verlopen")] bool? Verlopen,
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "pageSize")] int? PageSize)
{
    public GeefAanmeldingenQuery AlsQuery() => new(LeerlingId, Vestiging, Regio, Status, Open, Verlopen, Cursor, PageSize);
}
