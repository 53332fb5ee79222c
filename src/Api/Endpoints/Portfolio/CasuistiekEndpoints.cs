using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Portfolio.Casuistiek;
using PassendOnderwijs.Application.Portfolio.Casuistiek.Commands.AgendeerCasus;
using PassendOnderwijs.Application.Portfolio.Casuistiek.Commands.BrengCasusIn;
using PassendOnderwijs.Application.Portfolio.Casuistiek.Commands.LegUitkomstVast;
using PassendOnderwijs.Application.Portfolio.Casuistiek.Commands.PlanNetwerkbespreking;
using PassendOnderwijs.Application.Portfolio.Casuistiek.Commands.WijzigCasus;
using PassendOnderwijs.Application.Portfolio.Casuistiek.Commands.WijzigNetwerkbespreking;
using PassendOnderwijs.Application.Portfolio.Casuistiek.Queries.GeefCasus;
using PassendOnderwijs.Application.Portfolio.Casuistiek.Queries.GeefCasussen;
using PassendOnderwijs.Application.Portfolio.Casuistiek.Queries.GeefNetwerkbespreking;
using PassendOnderwijs.Application.Portfolio.Casuistiek.Queries.GeefNetwerkbesprekingen;

namespace PassendOnderwijs.Api.Endpoints.Portfolio;

/// <summary>
/// Casuïstiek in the lokale netwerken (seed 004): besprekingen of a netwerk, and anonymous cases with their one outcome.
/// Every text passes the anonymity check: what identifies is refused (400, per field and rule, never echoing the
/// text), what may identify is refused with the warnings (422) until the request says anoniemBevestigd.
/// </summary>
internal static class CasuistiekEndpoints
{
    public const string Tag = "Casuistiek";
    private const string Besprekingen = "/netwerkbesprekingen";
    private const string Bespreking = Besprekingen + "/{besprekingId:guid}";
    private const string Casussen = "/casussen";
    private const string Casus = Casussen + "/{casusId:guid}";

    private const string Anoniem =
        " Geen naam, geboortedatum of BSN: een BSN (elfproef), een datum die een geboortedatum kan zijn of de voor- en achternaam van " +
        "een leerling van de vestiging geeft 400 met per veld de regel. Wat iemand herkenbaar kan maken (een woord met een hoofdletter " +
        "midden in een zin, een e-mailadres, telefoonnummer, adres, een nummer van acht of negen cijfers, een leeftijd met een bijzondere " +
        "omstandigheid) geeft 422 met de waarschuwingen in errors; stuur hetzelfde verzoek met anoniemBevestigd: true om toch op te slaan.";

    public static void MapCasuistiek(this RouteGroupBuilder api)
    {
        api.MapGet(Besprekingen, GeefBesprekingen).WithName("geefNetwerkbesprekingen").Beschrijf(Tag,
            "De netwerkbesprekingen",
            "SWV-medewerkers zien alle besprekingen van het samenwerkingsverband, een school die van de lokale netwerken van de eigen " +
            "vestigingen. Nieuwste eerst; te filteren op regio, lokaalNetwerk en schooljaar (zoals 2026-2027).");
        api.MapPost(Besprekingen, Plan).WithName("planNetwerkbespreking").Beschrijf(Tag,
            "Plan een netwerkbespreking of leg haar vast",
            "Voor SWV-medewerkers (de regionaal procesbegeleider): een lokaal netwerk uit de indeling van het samenwerkingsverband, " +
            "de datum, de rollen die aanwezig zijn (geen namen) en korte notities." + Anoniem);
        api.MapGet(Bespreking, GeefBespreking).WithName("geefNetwerkbespreking").MetParameter(ContractParameters.BesprekingId).Beschrijf(Tag,
            "Een netwerkbespreking met haar casussen",
            "Met de geschiedenis en de casussen op de bespreking die u mag zien (een school: de eigen).");
        api.MapPut(Bespreking, Wijzig).WithName("wijzigNetwerkbespreking").MetParameter(ContractParameters.BesprekingId).Beschrijf(Tag,
            "Wijzig de datum, de aanwezigen of de notities van een bespreking",
            "Voor SWV-medewerkers; het netwerk blijft. If-Match met de ETag is verplicht." + Anoniem);

        api.MapGet(Casussen, GeefCasussen).WithName("geefCasussen").Beschrijf(Tag,
            "De casussen",
            "SWV-medewerkers zien alle casussen van het samenwerkingsverband, een school die van de eigen vestigingen; zonder teksten. " +
            "Te filteren op regio, lokaalNetwerk, schooljaar, uitkomst, status en bespreking.");
        api.MapPost(Casussen, BrengIn).WithName("brengCasusIn").Beschrijf(Tag,
            "Breng een casus anoniem in",
            "Voor een medewerker van een school, voor een eigen vestiging (403 anders) in een lokaal netwerk: de ondersteuningsvraag, " +
            "de leerjaarband, wat al is geprobeerd binnen de basisondersteuning en eventueel het expertisegebied." + Anoniem);
        api.MapGet(Casus, GeefCasus).WithName("geefCasus").MetParameter(ContractParameters.CasusId).Beschrijf(Tag,
            "Een casus met uitkomst en geschiedenis",
            "Met de uitkomst en het expertisegebied, en gekoppeldAanInzet: of de school er al een inzet van een expert mee is gestart " +
            "(dat kan één keer, alleen bij de uitkomst inzet-expert).");
        api.MapPut(Casus, WijzigCasus).WithName("wijzigCasus").MetParameter(ContractParameters.CasusId).Beschrijf(Tag,
            "Corrigeer de inbreng van een casus",
            "Voor de school, zolang de casus niet besproken is (409 daarna). De vestiging blijft. If-Match met de ETag is verplicht." + Anoniem);
        api.MapPost(Casus + "/bespreking", Agendeer).WithName("agendeerCasus").MetParameter(ContractParameters.CasusId).Beschrijf(Tag,
            "Zet een casus op een netwerkbespreking",
            "Voor SWV-medewerkers: een bespreking van het lokale netwerk van de casus (422 bij een ander netwerk). Tot de uitkomst is " +
            "vastgelegd, kan de casus naar een andere bespreking. If-Match met de ETag is verplicht.");
        api.MapPost(Casus + "/uitkomst", LegUitkomstVast).WithName("legUitkomstVast").MetParameter(ContractParameters.CasusId).Beschrijf(Tag,
            "Leg de uitkomst van een besproken casus vast",
            "Voor SWV-medewerkers. direct-advies met adviessoort en advies (en eventueel een aanbieder uit het register), inzet-expert met " +
            "het expertisegebied, of vraag-basisondersteuning met het advies over de stap die de school kan zetten. Een vastgelegde " +
            "uitkomst is te corrigeren tot de school er een inzet van een expert mee is gestart (409 daarna). If-Match met de ETag is " +
            "verplicht." + Anoniem);
    }

    private static Task<Results<Ok<NetwerkbesprekingenDto>, ProblemHttpResult>> GeefBesprekingen(
        [FromQuery] string? regio, [FromQuery] string? lokaalNetwerk, [FromQuery] string? schooljaar, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefNetwerkbesprekingenQuery(regio, lokaalNetwerk, schooljaar), http, ct);

    private static async Task<Results<Created<NetwerkbesprekingDto>, ProblemHttpResult>> Plan(
        BesprekingVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new PlanNetwerkbesprekingCommand(v.Lees()), ct).ConfigureAwait(false)).AlsNieuw(http, b => $"{Besprekingen}/{b.Id}");

    private static Task<Results<Ok<NetwerkbesprekingDto>, ProblemHttpResult>> GeefBespreking(
        Guid besprekingId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefNetwerkbesprekingQuery(besprekingId), http, ct);

    private static Task<Results<Ok<NetwerkbesprekingDto>, ProblemHttpResult>> Wijzig(
        Guid besprekingId, BesprekingVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new WijzigNetwerkbesprekingCommand(besprekingId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<CasussenDto>, ProblemHttpResult>> GeefCasussen(
        [FromQuery] string? regio, [FromQuery] string? lokaalNetwerk, [FromQuery] string? schooljaar, [FromQuery] string? uitkomst,
        [FromQuery] string? status, [FromQuery] Guid? bespreking, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefCasussenQuery(regio, lokaalNetwerk, schooljaar, uitkomst, status, bespreking), http, ct);

    private static async Task<Results<Created<CasusDto>, ProblemHttpResult>> BrengIn(
        CasusVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new BrengCasusInCommand(v.Lees(vestigingVereist: false)), ct).ConfigureAwait(false)).AlsNieuw(http, c => $"{Casussen}/{c.Id}");

    private static Task<Results<Ok<CasusDto>, ProblemHttpResult>> GeefCasus(Guid casusId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefCasusQuery(casusId), http, ct);

    private static Task<Results<Ok<CasusDto>, ProblemHttpResult>> WijzigCasus(
        Guid casusId, CasusVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new WijzigCasusCommand(casusId, http.VerwachteVersie(), v.Lees(vestigingVereist: false)), http, ct);

    private static Task<Results<Ok<CasusDto>, ProblemHttpResult>> Agendeer(
        Guid casusId, AgenderingVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new AgendeerCasusCommand(casusId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<CasusDto>, ProblemHttpResult>> LegUitkomstVast(
        Guid casusId, UitkomstVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new LegUitkomstVastCommand(casusId, http.VerwachteVersie(), v.Lees()), http, ct);
}
