using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.Http.Tabeluitvoer;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Begeleidingsaanbod;
using PassendOnderwijs.Application.Begeleidingsaanbod.Queries.ExporteerAanbieders;
using PassendOnderwijs.Application.Begeleidingsaanbod.Queries.GeefAanbieder;
using PassendOnderwijs.Application.Begeleidingsaanbod.Queries.GeefAanbiederWijzigingen;
using PassendOnderwijs.Application.Begeleidingsaanbod.Queries.KopieerAanbieders;
using PassendOnderwijs.Application.Begeleidingsaanbod.Queries.ZoekAanbieders;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Api.Endpoints.Begeleidingsaanbod;

/// <summary>
/// Reading the register, for people (search, detail) and LAS systems (full copy, then only the changes). The sync
/// protocol is described once, in the README and in these descriptions.
/// </summary>
internal static class AanbiederLeesEndpoints
{
    public const string Pad = "/onderwijsbegeleidingsaanbieders";
    public const string Tag = "Begeleidingsaanbod";
    private const string Wijzigingen = Pad + "/wijzigingen";

    public static void MapAanbiederLezen(this RouteGroupBuilder api)
    {
        api.MapGet(Pad, Zoek).WithName("zoekAanbieders")
            .WithMetadata(new EigenInhoudsversie(), new NdjsonWeergave(typeof(AanbiederDto), typeof(AanbiederKopieEindeDto)))
            .MetParameter(ContractParameters.ExpertiseFilter)
            .MetParameter(ContractParameters.Werkgebied)
            .MetParameter(ContractParameters.GeldigOp)
            .MetParameter(ContractParameters.GewijzigdSinds)
            .Beschrijf(Tag, 
                "Zoek onderwijsbegeleidingsaanbieders, of haal het hele register op",
                "Pagina's van hoogstens 100 (pageSize, standaard 50), op naam (standaard) of code gesorteerd (sorteer, aflopend met " +
                "een minteken; bij gelijke naam beslist het id, dus de volgorde staat vast); volgendeCursor en de Link-header " +
                "(rel=\"next\") wijzen naar de volgende pagina. Filters op het aanbod (expertise, werkgebied, geldigOp) gelden " +
                "voor één en hetzelfde aanbod. De laatste pagina draagt een wijzigingenToken (niet bij geldigOp of gewijzigdSinds, " +
                "want die selecties veranderen ook zonder wijziging): geef dat aan /onderwijsbegeleidingsaanbieders/wijzigingen " +
                "om daarna alleen wijzigingen op te halen. Met Accept: " + Ndjson.Mediatype + " komt de hele selectie (dezelfde " +
                "filters en sortering, zonder cursor en pageSize) in één antwoord: één aanbieder per regel, en als laatste regel " +
                "het aantal en het wijzigingenToken; ontbreekt die regel, dan is het antwoord afgebroken. De ETag volgt uit de stand " +
                "van het register en de vraag: If-None-Match geeft 304 zolang er niets veranderde, zonder de lijst op te halen.");
        api.MapGet(Pad + "/export", Exporteer).WithName("exporteerAanbieders").AlsTabelbestand()
            .MetParameter(ContractParameters.ExpertiseFilter)
            .MetParameter(ContractParameters.Werkgebied)
            .MetParameter(ContractParameters.GeldigOp)
            .MetParameter(ContractParameters.GewijzigdSinds)
            .Beschrijf(Tag,
                "Exporteer de gevonden onderwijsbegeleidingsaanbieders als CSV of Excel",
                "Dezelfde zoekvragen en sortering als /onderwijsbegeleidingsaanbieders, maar alle aanbieders die erbij passen in één " +
                "bestand (geen pagina's): code, naam, cluster, expertises (met naam), in en uit bedrijf en wie de aanbieder beheert. " +
                "Vraag met Accept: text/csv of " + XlsxTabel.Mediatype + ". Boven het maximum (standaard 50.000 regels) 400 " +
                "te-veel-rijen. Voor mensen; een LAS houdt zijn kopie bij met de lijst en /wijzigingen.");
        api.MapGet(Wijzigingen, GeefWijzigingen).WithName("geefAanbiederWijzigingen").WithMetadata(new EigenInhoudsversie()).MetParameter(ContractParameters.WijzigingenToken).Beschrijf(Tag, 
            "Wat er in het register veranderde sinds uw vorige synchronisatie",
            "Oudste eerst. 'gewijzigd': nieuw of gewijzigd, de aanbieder staat erbij (vervang uw kopie). 'verwijderd': " +
            "verwijder uw kopie (uit het register, of valt niet meer onder uw selectie). Bewaar het nieuwe wijzigingenToken " +
            "en roep meteen opnieuw aan zolang meerWijzigingen true is. Een echt token ouder dan de bewaartermijn geeft 410 " +
            "token-verlopen; een token dat de API niet voor deze feed gaf, dat veranderd is of voorbij de laatste wijziging " +
            "wijst, geeft 400 ongeldig-token. Synchroniseer in beide gevallen opnieuw volledig.");
        api.MapGet(Pad + "/{code}", GeefAanbieder).WithName("geefAanbieder").MetParameter(ContractParameters.ObaCode).Beschrijf(Tag, 
            "Eén onderwijsbegeleidingsaanbieder met zijn aanbod en contactgegevens",
            "De ETag is de versie van de aanbieder: stuur haar mee in If-Match bij een wijziging.");
    }

    /// <summary>A page as JSON, or the whole selection as ndjson when Accept prefers it; both answer If-None-Match before reading.</summary>
    private static async Task<Results<Ok<AanbiederPaginaDto>, PushStreamHttpResult, StatusCodeHttpResult, ProblemHttpResult>> Zoek(
        [FromQuery] string? expertise, [FromQuery] string? werkgebied, [FromQuery] int? cluster, [FromQuery] string? naam,
        [FromQuery] string? geldigOp, [FromQuery] string? gewijzigdSinds, [FromQuery] string? cursor, [FromQuery] int? pageSize,
        [FromQuery] string? sorteer, ISender sender, HttpContext http, CancellationToken ct)
    {
        var bekend = Inhoudsversies.BekendeVersies(http.Request);
        if (Ndjson.IsGevraagd(http.Request))
        {
            var kopie = new KopieerAanbiedersQuery(expertise, werkgebied, cluster, naam, geldigOp, gewijzigdSinds, cursor, pageSize, sorteer)
            {
                Weergave = Inhoudsversies.Weergave(Ndjson.Mediatype),
                BekendeVersies = bekend,
            };
            return await KopieerAsync(kopie, sender, http, ct).ConfigureAwait(false);
        }

        var pagina = new ZoekAanbiedersQuery(expertise, werkgebied, cluster, naam, geldigOp, gewijzigdSinds, cursor, pageSize, sorteer)
        {
            Weergave = Inhoudsversies.Weergave("application/json"),
            BekendeVersies = bekend,
        };
        return await PaginaAsync(pagina, sender, http, ct).ConfigureAwait(false);
    }

    private static async Task<Results<Ok<AanbiederPaginaDto>, PushStreamHttpResult, StatusCodeHttpResult, ProblemHttpResult>> PaginaAsync(
        ZoekAanbiedersQuery query, ISender sender, HttpContext http, CancellationToken ct)
    {
        var uitkomst = await sender.Send(query, ct).ConfigureAwait(false);
        if (!uitkomst.Lukt(out var antwoord))
        {
            return ResultaatNaarHttp.AlsProbleem(uitkomst.Fouten, http);
        }

        if (Inhoudsversies.ZetVersie(antwoord, http))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        if (antwoord.Inhoud!.VolgendeCursor is { } volgende)
        {
            VolgendePagina.ZetLink(http, Pad, "cursor", volgende);
        }

        return TypedResults.Ok(antwoord.Inhoud);
    }

    private static async Task<Results<Ok<AanbiederPaginaDto>, PushStreamHttpResult, StatusCodeHttpResult, ProblemHttpResult>> KopieerAsync(
        KopieerAanbiedersQuery query, ISender sender, HttpContext http, CancellationToken ct)
    {
        var uitkomst = await sender.Send(query, ct).ConfigureAwait(false);
        if (!uitkomst.Lukt(out var antwoord))
        {
            return ResultaatNaarHttp.AlsProbleem(uitkomst.Fouten, http);
        }

        if (Inhoudsversies.ZetVersie(antwoord, http))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var token = antwoord.Inhoud!.WijzigingenToken;
        return Ndjson.Stroom(antwoord.Inhoud.Aanbieders, aantal => new AanbiederKopieEindeDto(aantal, token), http);
    }

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> Exporteer(
        [FromQuery] string? expertise, [FromQuery] string? werkgebied, [FromQuery] int? cluster, [FromQuery] string? naam,
        [FromQuery] string? geldigOp, [FromQuery] string? gewijzigdSinds, [FromQuery] string? sorteer, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new ExporteerAanbiedersQuery(expertise, werkgebied, cluster, naam, geldigOp, gewijzigdSinds, sorteer), ct).ConfigureAwait(false))
            .AlsBestand(AanbiederTabel.Tabel, http);

    private static async Task<Results<Ok<WijzigingenPaginaDto>, StatusCodeHttpResult, ProblemHttpResult>> GeefWijzigingen(
        [FromQuery] string? token, [FromQuery] int? pageSize, ISender sender, HttpContext http, CancellationToken ct)
    {
        var query = new GeefAanbiederWijzigingenQuery(token, pageSize)
        {
            Weergave = Inhoudsversies.Weergave("application/json"),
            BekendeVersies = Inhoudsversies.BekendeVersies(http.Request),
        };
        var uitkomst = await sender.Send(query, ct).ConfigureAwait(false);
        if (!uitkomst.Lukt(out var antwoord))
        {
            return ResultaatNaarHttp.AlsProbleem(uitkomst.Fouten, http);
        }

        if (Inhoudsversies.ZetVersie(antwoord, http))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        if (antwoord.Inhoud!.MeerWijzigingen)
        {
            VolgendePagina.ZetLink(http, Wijzigingen, "token", antwoord.Inhoud.WijzigingenToken);
        }

        return TypedResults.Ok(antwoord.Inhoud);
    }

    private static Task<Results<Ok<AanbiederDto>, ProblemHttpResult>> GeefAanbieder(string code, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefAanbiederQuery(code), http, ct);
}
