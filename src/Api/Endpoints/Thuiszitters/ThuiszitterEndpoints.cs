using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http.Tabeluitvoer;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Thuiszitters;
using PassendOnderwijs.Application.Thuiszitters.Commands.BeeindigThuiszitter;
using PassendOnderwijs.Application.Thuiszitters.Commands.MeldThuiszitter;
using PassendOnderwijs.Application.Thuiszitters.Commands.RegistreerTerugkeer;
using PassendOnderwijs.Application.Thuiszitters.Commands.WerkThuiszitterplanBij;
using PassendOnderwijs.Application.Thuiszitters.Queries.ExporteerThuiszittertelling;
using PassendOnderwijs.Application.Thuiszitters.Queries.GeefThuiszitter;
using PassendOnderwijs.Application.Thuiszitters.Queries.GeefThuiszitters;
using PassendOnderwijs.Application.Thuiszitters.Queries.GeefThuiszittertelling;
using PassendOnderwijs.Application.Thuiszitters.Queries.GeefThuiszitterWerkvoorraad;
using PassendOnderwijs.Domain.Thuiszitters;

namespace PassendOnderwijs.Api.Endpoints.Thuiszitters;

/// <summary>
/// The thuiszitters register. Every change names the version it is based on in If-Match (428 without, 412 when stale);
/// a step the lifecycle does not allow now is a 409 and changes nothing.
/// </summary>
internal static class ThuiszitterEndpoints
{
    public const string Pad = "/thuiszitters";
    public const string Tag = "Thuiszitters";
    private const string Een = Pad + "/{thuiszitterId:guid}";
    private const string Werkvoorraad = Pad + "/werkvoorraad";
    private const string Telling = Pad + "/telling";

    public static void MapThuiszitters(this RouteGroupBuilder api)
    {
        api.MapGet(Pad, GeefLijst).WithName("geefThuiszitters").Beschrijf(Tag,
            "Het thuiszittersregister: wie thuis zit, sinds wanneer en hoe lang",
            "SWV-medewerkers zien het hele register, een school alleen de registraties van de eigen vestigingen. Eerst de open " +
            "registraties voorbij het doel van 3 maanden (verlopen=true), dan de andere open registraties, langst thuis eerst, dan de " +
            "afgesloten. duurInDagen telt vanaf de eerste verzuimdag tot de terugkeer (of vandaag). Filters: soort, status, vestiging, " +
            "regio. Pagina's van hoogstens 200 (standaard 50) met een cursor; totaal is het aantal over alle pagina's. Elke leerling " +
            "in de lijst komt in het auditlog.");
        api.MapPost(Pad, Meld).WithName("meldThuiszitter").Beschrijf(Tag,
            "Registreer een thuiszitter of een vrijstelling",
            "SWV-medewerkers voor elke leerling van het samenwerkingsverband; een school alleen voor een eigen leerling (anders 404). " +
            "Langdurig relatief verzuim kan pas na 4 weken verzuim: verzuimSinds ligt dan minstens 28 dagen voor vandaag (anders 422 " +
            "nog-geen-thuiszitter). Absoluut verzuim telt vanaf de eerste dag, vanaf 5 jaar. Een vrijstelling heeft een grond en telt niet als " +
            "thuiszitter. Het doel (streefdatum) is 3 maanden na verzuimSinds; op de laatste dag van een kortere maand als die dag ontbreekt.");
        api.MapGet(Werkvoorraad, GeefWerkvoorraad).WithName("geefThuiszitterWerkvoorraad").Beschrijf(Tag,
            "Werkvoorraad: thuiszitters bij wie het doel van 3 maanden nadert of voorbij is",
            "Voor SWV-medewerkers: elke open thuiszitter (geen vrijstelling) vanaf 30 dagen voor de streefdatum (actie terugkeer-regelen), " +
            "vroegste streefdatum eerst; verlopen=true als die voorbij is. Pagina's van hoogstens 100 (standaard 25) met een cursor.");
        api.MapGet(Telling, GeefTelling).WithName("geefThuiszittertelling").Beschrijf(Tag,
            "De telling van het register op een peildatum",
            "Voor SWV-medewerkers, met exacte aantallen (niet voor publicatie buiten het samenwerkingsverband). Wie op de peildatum " +
            "thuiszitter was, per soort (kolommen) en per duur (vanaf de eerste verzuimdag; relatief verzuim telt pas na 4 weken), per " +
            "leeftijd op de peildatum en per reden; hoeveel nieuwe thuiszitters van de 12 maanden tot de peildatum binnen 3 maanden terug " +
            "waren; en de vrijstellingen apart, per grond. Elke tabel heeft rij-, kolom- en eindtotalen, in dezelfde vorm als de tabellen van " +
            "GET /beleidsinformatie/dashboard: bij elk cijfer zegt klein of het buiten het bureau verborgen is (onder de drempel, of een cel " +
            "of totaal waaruit het terug te rekenen is), zoals in het bestand. Zonder peildatum: vandaag.");
        api.MapGet(Telling + "/export", ExporteerTelling).WithName("exporteerThuiszittertelling").AlsTabelbestand().Beschrijf(Tag,
            "De telling op een peildatum als bestand",
            "Dezelfde tabellen als GET /thuiszitters/telling, één regel per cel (tabel, rij, kolom, aantal, toelichting), totalen inbegrepen. " +
            "Een bestand gaat buiten het bureau (Inspectie, OCW, gemeente): een aantal onder de drempel van het samenwerkingsverband is leeg " +
            "(verborgen: klein aantal), en ook een cel of totaal waaruit het terug te rekenen zou zijn. Vraag met " +
            "Accept: text/csv (UTF-8 met BOM en ';' zoals Excel in het Nederlands het opent) of " + XlsxTabel.Mediatype + ".");
        api.MapGet(Een, GeefEen).WithName("geefThuiszitter").MetParameter(ContractParameters.ThuiszitterId).Beschrijf(Tag,
            "Eén registratie met plan, versies van het plan en geschiedenis",
            "toegestaneStappen noemt wat u nu mag doen. De ETag is de versie: geef die in If-Match bij elke wijziging.");
        api.MapPut(Een + "/plan", WerkPlanBij).WithName("werkThuiszitterplanBij").AlsStap(
            "Werk het plan, het perspectief en de contactgegevens bij",
            "Voor SWV-medewerkers, zolang de registratie open is. Geef het hele plan zoals het nu moet zijn. Een gewijzigd plan of perspectief " +
            "is een nieuwe versie; de eerdere blijven zichtbaar met wie ze schreef en wanneer.");
        api.MapPost(Een + "/terugkeer", RegistreerTerugkeer).WithName("registreerTerugkeer").AlsStap(
            "Leg de terugkeer vast",
            "Voor SWV-medewerkers: de datum (niet voor de eerste verzuimdag, niet in de toekomst) en waarheen: een vestiging van het " +
            "samenwerkingsverband (422 als die onbekend is) of een andere bestemming in woorden, zoals dagbesteding. Niet allebei.");
        api.MapPost(Een + "/beeindiging", Beeindig).WithName("beeindigThuiszitter").AlsStap(
            "Beëindig de registratie zonder terugkeer",
            "Voor SWV-medewerkers, met de datum en de reden (verhuisd, niet-meer-leerplichtig, vrijstelling-verleend of anders met toelichting).");
    }

    private static async Task<Results<Ok<ThuiszittersDto>, ProblemHttpResult>> GeefLijst(
        [FromQuery] string? soort, [FromQuery] string? status, [FromQuery] string? vestiging, [FromQuery] string? regio,
        [FromQuery] string? cursor, [FromQuery] int? pageSize, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new GeefThuiszittersQuery(soort, status, vestiging, regio, cursor, pageSize), ct).ConfigureAwait(false))
            .AlsPagina(http, Pad, p => p.VolgendeCursor);

    private static async Task<Results<Created<ThuiszitterDto>, ProblemHttpResult>> Meld(
        ThuiszitterVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new MeldThuiszitterCommand(v.Lees()), ct).ConfigureAwait(false)).AlsNieuw(http, t => $"{Pad}/{t.Id}");

    private static async Task<Results<Ok<ThuiszitterWerkvoorraadDto>, ProblemHttpResult>> GeefWerkvoorraad(
        [FromQuery] string? cursor, [FromQuery] int? pageSize, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new GeefThuiszitterWerkvoorraadQuery(cursor, pageSize), ct).ConfigureAwait(false)).AlsPagina(http, Werkvoorraad, p => p.VolgendeCursor);

    private static Task<Results<Ok<ThuiszittertellingDto>, ProblemHttpResult>> GeefTelling(
        [FromQuery] string? peildatum, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefThuiszittertellingQuery(peildatum), http, ct);

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> ExporteerTelling(
        [FromQuery] string? peildatum, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new ExporteerThuiszittertellingQuery(peildatum), ct).ConfigureAwait(false))
            .AlsBestand(Thuiszittertellingregels.Van, Thuiszittertellingregels.Tabel, http);

    private static Task<Results<Ok<ThuiszitterDto>, ProblemHttpResult>> GeefEen(Guid thuiszitterId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefThuiszitterQuery(thuiszitterId), http, ct);

    private static Task<Results<Ok<ThuiszitterDto>, ProblemHttpResult>> WerkPlanBij(
        Guid thuiszitterId, ThuiszitterplanVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new WerkThuiszitterplanBijCommand(thuiszitterId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<ThuiszitterDto>, ProblemHttpResult>> RegistreerTerugkeer(
        Guid thuiszitterId, TerugkeerVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new RegistreerTerugkeerCommand(thuiszitterId, http.VerwachteVersie(), v), http, ct);

    private static Task<Results<Ok<ThuiszitterDto>, ProblemHttpResult>> Beeindig(
        Guid thuiszitterId, ThuiszitterBeeindigingVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new BeeindigThuiszitterCommand(thuiszitterId, http.VerwachteVersie(), v), http, ct);

    private static RouteHandlerBuilder AlsStap(this RouteHandlerBuilder builder, string samenvatting, string beschrijving) => builder
        .MetParameter(ContractParameters.ThuiszitterId)
        .Beschrijf(Tag, samenvatting, beschrijving);
}
