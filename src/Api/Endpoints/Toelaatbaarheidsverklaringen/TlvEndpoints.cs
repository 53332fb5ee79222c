using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.BrengAdviesUit;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.MaakTlvBekend;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.NeemTlvBesluit;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.StartHerindicatie;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.TrekTlvIn;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.VraagTlvAan;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.WijsAdviseurAan;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefBeschikking;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefTlv;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefTlvs;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefTlvSync;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefTlvWerkvoorraad;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefTlvWijzigingen;

namespace PassendOnderwijs.Api.Endpoints.Toelaatbaarheidsverklaringen;

/// <summary>
/// Toelaatbaarheidsverklaringen: the request, the two deskundigenadviezen, the decision and its bekendmaking, the
/// withdrawal, the enrolment and the herindicatie (the bezwaar has endpoints of its own). Every step names the
/// version it is based on in If-Match (428 without, 412 when stale); a step the lifecycle does not allow is a 409
/// and changes nothing.
/// </summary>
internal static class TlvEndpoints
{
    public const string Pad = "/toelaatbaarheidsverklaringen";
    public const string Tag = "Toelaatbaarheidsverklaringen";
    public const string Stap = Pad + "/{tlvId:guid}";
    private const string Sync = Pad + "/sync";
    private const string Wijzigingen = Pad + "/wijzigingen";
    private const string Werkvoorraad = Pad + "/werkvoorraad";

    public static void MapToelaatbaarheidsverklaringen(this RouteGroupBuilder api)
    {
        api.MapGet(Pad, GeefTlvs).WithName("geefTlvs").Beschrijf(Tag,
            "Toelaatbaarheidsverklaringen die u mag zien, met filters",
            "Een medewerker van een school ziet de aanvragen van de eigen vestigingen en de toelaatbaarheidsverklaringen voor de " +
            "eigen vestigingen als ontvangende school; een deskundige alleen die waarover hij om advies is gevraagd. Filters: " +
            "status, soort, categorie, leerling, vestiging (aanvragend of ontvangend) en verlooptVoor (toelaatbare, geldende " +
            "toelaatbaarheidsverklaringen met een einddatum op of voor die dag: voor de herindicatie). Sorteer op aangevraagdOp " +
            "(standaard, nieuwste eerst), einddatum of behandeldeadline, aflopend met een minteken. Pagina's van hoogstens 100 " +
            "(standaard 25) met een cursor; totaal is het aantal over alle pagina's.");
        api.MapGet(Werkvoorraad, GeefWerkvoorraad).WithName("geefTlvWerkvoorraad").Beschrijf(Tag,
            "Mijn werkvoorraad voor toelaatbaarheidsverklaringen: wat op uw actie wacht, met deadlines",
            "Elke regel is voor de rol die nu moet handelen (voor): de swv-medewerker vraagt twee deskundigen om advies, besluit, " +
            "maakt het besluit bekend en bewaakt de termijnen van een bezwaar (de LBT binnen 14 dagen, de beslistermijn); een " +
            "deskundige brengt de adviezen uit waarom hij is gevraagd; school en samenwerkingsverband zien de herindicatie op " +
            "tijd. Vroegste deadline eerst (dan toelaatbaarheidsverklaring, rol en actie); verlopen=true als de deadline voorbij " +
            "is. Pagina's van hoogstens 100 (standaard 25) met een cursor; totaal is het aantal regels over alle pagina's.");
        api.MapGet(Sync, GeefSync).WithName("geefTlvSync").Beschrijf(Tag,
            "Alle toelaatbaarheidsverklaringen voor uw scholen, voor een volledige synchronisatie van uw LAS",
            "Voor het LAS van de ontvangende school: de toelaatbaarheidsverklaringen met een van uw vestigingen als beoogde " +
            "school, zodra het besluit is bekendgemaakt, ook in bezwaar of herroepen. Per toelaatbaarheidsverklaring wat u voor " +
            "de registratie in BRON/ROD nodig heeft: beschikkingsnummer, swvCode, soort, categorie, ingangsdatum en einddatum, " +
            "met de leerling, de status, toelaatbaar, bekendgemaaktOp en ingeschrevenOp. Bewust zonder onderbouwing, " +
            "deskundigenadviezen en motivering: medische en psychologische afwegingen heeft uw LAS niet nodig (dataminimalisatie, " +
            "AVG). Pagina's van hoogstens 100 (standaard 25) in vaste volgorde; volgendeCursor en de Link-header (rel=\"next\") " +
            "wijzen naar de volgende pagina. De laatste pagina draagt een wijzigingenToken: geef dat aan " +
            "/toelaatbaarheidsverklaringen/wijzigingen om daarna alleen wijzigingen op te halen.");
        api.MapGet(Wijzigingen, GeefWijzigingen).WithName("geefTlvWijzigingen").MetParameter(ContractParameters.WijzigingenToken).Beschrijf(Tag,
            "Welke toelaatbaarheidsverklaringen voor uw scholen veranderden sinds uw vorige synchronisatie",
            "Oudste wijziging eerst, elke toelaatbaarheidsverklaring in haar geheel (vervang uw kopie): een nieuw bekendgemaakt " +
            "besluit, een bezwaar, een herroeping (status herroepen) of een bevestigde inschrijving. Toelaatbaarheidsverklaringen " +
            "worden nooit verwijderd. Bewaar het nieuwe wijzigingenToken en roep meteen opnieuw aan zolang meerWijzigingen true " +
            "is. Een token dat de API niet voor deze feed gaf, dat veranderd is of voorbij de laatste wijziging wijst, geeft 400 " +
            "ongeldig-token: synchroniseer dan opnieuw volledig via /toelaatbaarheidsverklaringen/sync.");
        api.MapGet(Stap, GeefTlv).WithName("geefTlv").AlsTlv(
            "Eén toelaatbaarheidsverklaring met aanvraag, adviezen, besluit, bezwaren en geschiedenis",
            "De ETag is de versie: stuur haar mee in If-Match bij de volgende stap. beschikkingsnummer, samenwerkingsverband, " +
            "soort, categorie, ingangsdatum en einddatum zijn wat BRON/ROD voor de registratie nodig heeft.");
        api.MapGet(Stap + "/beschikking", GeefBeschikking).WithName("geefBeschikking")
            .WithMetadata(new Bestandsantwoord([Documentantwoord.Pdf]))
            .AlsTlv(
                "De beschikking als PDF",
                "Het besluit zoals ouders en school het krijgen: samenwerkingsverband, beschikkingsnummer en datum, leerling, soort, " +
                "categorie en periode, de motivering, beide deskundigenadviezen en de bezwaarclausule. Vraag met Accept: application/pdf. " +
                "Dezelfde versie geeft steeds dezelfde bytes (de ETag is de versie). 409 zolang er geen besluit is. Elke download " +
                "komt in het auditlog.");
        api.MapPost(Pad, VraagAan).WithName("vraagTlvAan").Beschrijf(Tag,
            "Vraag een toelaatbaarheidsverklaring aan voor een leerling",
            "Door de intern begeleider van de vestiging van de leerling of door het samenwerkingsverband. De aanvraag is pas " +
            "compleet met alle onderdelen: soort en categorie (SO en VSO: laag, midden of hoog; SBO en PrO: NVT), de beoogde " +
            "school van die soort (buiten het samenwerkingsverband met naam en soort), de ingangsdatum, de onderwijsbehoeften, " +
            "wat de school deed in de basis- en extra ondersteuning, en de visie van ouders en leerling. Eén 400 noemt alles " +
            "wat ontbreekt.");
        api.MapPost(Stap + "/adviseurs", WijsAdviseurAan).WithName("wijsAdviseurAan").AlsTlv(
            "Vraag een deskundige om het eerste of tweede advies",
            "Een actieve deskundige uit het register, met een account. Het eerste advies komt van een orthopedagoog of psycholoog; " +
            "twee keer dezelfde persoon kan niet; een deskundige die werkt voor de aanvragende school of haar schoolbestuur wordt " +
            "geweigerd (422). Een plek waarvan het advies er al is, kan niet meer naar iemand anders. Voor SWV-medewerkers.");
        api.MapPost(Stap + "/adviezen", BrengAdviesUit).WithName("brengAdviesUit").AlsTlv(
            "Breng uw deskundigenadvies uit",
            "Alleen de deskundige die om dit advies is gevraagd, onder het eigen account en één keer (anders 403 of 409). Het " +
            "advies is gestructureerd: toelaatbaar of niet, de geadviseerde soort en categorie, de motivering op elk " +
            "criterium, en de verklaring dat u onafhankelijk bent van de aanvragende school.");
        api.MapPost(Stap + "/besluit", Besluit).WithName("neemTlvBesluit").AlsTlv(
            "Besluit over de toelaatbaarheid",
            "Pas na beide deskundigenadviezen (anders 409). Zonder einddatum loopt de toelaatbaarheidsverklaring de gebruikelijke " +
            "duur van het samenwerkingsverband voor de soort; een andere einddatum vraagt redenAfwijkendeDuur. Wijkt het besluit " +
            "af van een advies, dan zegt afwijkingVanAdvies waarom. Het beschikkingsnummer is uniek binnen het " +
            "samenwerkingsverband (409 als het al gebruikt is). Voor SWV-medewerkers.");
        api.MapPost(Stap + "/bekendmaking", MaakBekend).WithName("maakTlvBekend").AlsTlv(
            "Leg vast dat het besluit is verstuurd",
            "De datum waarop ouders en school het besluit kregen; de bezwaartermijn van zes weken loopt vanaf de dag erna. Voor SWV-medewerkers.");
        api.MapPost(Stap + "/intrekking", TrekIn).WithName("trekTlvIn").AlsTlv(
            "Trek een aanvraag in", "Alleen voor het besluit, met de reden.");
        api.MapPost(Stap + "/herindicatie", StartHerindicatie).WithName("startHerindicatie").AlsTlv(
            "Vraag een herindicatie aan",
            "Een nieuwe aanvraag voor de periode na deze toelaatbaarheidsverklaring, ingevuld vanuit deze (zelfde soort, categorie, " +
            "school en onderbouwing; vanaf de dag na de einddatum). Eén keer per toelaatbaarheidsverklaring. Geeft de nieuwe aanvraag.");
        api.MapTlvBezwaar();
    }

    private static async Task<Results<Ok<TlvLijstDto>, ProblemHttpResult>> GeefTlvs(
        [AsParameters] TlvLijstParameters parameters, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(parameters.AlsQuery(), ct).ConfigureAwait(false)).AlsPagina(http, Pad, p => p.VolgendeCursor);

    private static async Task<Results<Ok<TlvWerkvoorraadDto>, ProblemHttpResult>> GeefWerkvoorraad(
        [FromQuery] string? cursor, [FromQuery] int? pageSize, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new GeefTlvWerkvoorraadQuery(cursor, pageSize), ct).ConfigureAwait(false)).AlsPagina(http, Werkvoorraad, p => p.VolgendeCursor);

    private static async Task<Results<Ok<TlvSyncPaginaDto>, ProblemHttpResult>> GeefSync(
        [FromQuery] string? cursor, [FromQuery] int? pageSize, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new GeefTlvSyncQuery(cursor, pageSize), ct).ConfigureAwait(false)).AlsPagina(http, Sync, p => p.VolgendeCursor);

    private static async Task<Results<Ok<TlvWijzigingenDto>, ProblemHttpResult>> GeefWijzigingen(
        [FromQuery] string? token, [FromQuery] int? pageSize, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new GeefTlvWijzigingenQuery(token, pageSize), ct).ConfigureAwait(false))
            .AlsPagina(http, Wijzigingen, p => p.MeerWijzigingen ? p.WijzigingenToken : null, "token");

    private static Task<Results<Ok<TlvDto>, ProblemHttpResult>> GeefTlv(Guid tlvId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefTlvQuery(tlvId), http, ct);

    private static Task<Results<FileContentHttpResult, ProblemHttpResult>> GeefBeschikking(Guid tlvId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.AlsPdfAsync(new GeefBeschikkingQuery(tlvId), http, ct);

    private static async Task<Results<Created<TlvDto>, ProblemHttpResult>> VraagAan(TlvAanvraagVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new VraagTlvAanCommand(v.Lees()), ct).ConfigureAwait(false)).AlsNieuw(http, t => $"{Pad}/{t.Id}");

    private static Task<Results<Ok<TlvDto>, ProblemHttpResult>> WijsAdviseurAan(
        Guid tlvId, AdviseurVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new WijsAdviseurAanCommand(tlvId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<TlvDto>, ProblemHttpResult>> BrengAdviesUit(
        Guid tlvId, AdviesVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new BrengAdviesUitCommand(tlvId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<TlvDto>, ProblemHttpResult>> Besluit(
        Guid tlvId, BesluitVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new NeemTlvBesluitCommand(tlvId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<TlvDto>, ProblemHttpResult>> MaakBekend(
        Guid tlvId, BekendmakingVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new MaakTlvBekendCommand(tlvId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<TlvDto>, ProblemHttpResult>> TrekIn(
        Guid tlvId, RedenVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new TrekTlvInCommand(tlvId, http.VerwachteVersie(), v.Reden), http, ct);

    private static async Task<Results<Created<TlvDto>, ProblemHttpResult>> StartHerindicatie(
        Guid tlvId, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new StartHerindicatieCommand(tlvId, http.VerwachteVersie()), ct).ConfigureAwait(false)).AlsNieuw(http, t => $"{Pad}/{t.Id}");

    public static RouteHandlerBuilder AlsTlv(this RouteHandlerBuilder builder, string samenvatting, string beschrijving) => builder
        .MetParameter(ContractParameters.TlvId)
        .Beschrijf(Tag, samenvatting, beschrijving);
}
