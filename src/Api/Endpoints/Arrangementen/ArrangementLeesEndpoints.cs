using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.Http.Tabeluitvoer;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Arrangementen.Queries.ExporteerArrangementen;
using PassendOnderwijs.Application.Arrangementen.Queries.ExporteerWerkvoorraad;
using PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangement;
using PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementen;
using PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementOverzicht;
using PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementTellingen;
using PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementWijzigingen;
using PassendOnderwijs.Application.Arrangementen.Queries.GeefMijnAanvragen;
using PassendOnderwijs.Application.Arrangementen.Queries.GeefWerkvoorraad;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Api.Endpoints.Arrangementen;

/// <summary>
/// Reading arrangementen: for staff (lists with filters, the werkvoorraad, one arrangement with its history) and
/// for LAS systems (a full copy, then only the changes; the same protocol as the aanbieders).
/// </summary>
internal static class ArrangementLeesEndpoints
{
    public const string Pad = "/arrangementen";
    public const string Tag = "Arrangementen";
    private const string Overzicht = Pad + "/overzicht";
    private const string Wijzigingen = Pad + "/wijzigingen";
    private const string MijnAanvragen = Pad + "/mijn-aanvragen";
    private const string Werkvoorraad = Pad + "/werkvoorraad";

    public static void MapArrangementLezen(this RouteGroupBuilder api)
    {
        api.MapGet(Pad, GeefArrangementen).WithName("geefArrangementen").MetSelectieParameters().Beschrijf(Tag, 
            "Arrangementen die u mag zien, met filters; of alle, voor een volledige synchronisatie",
            "Een medewerker van een school en een LAS zien alleen arrangementen van leerlingen van de eigen vestigingen. " +
            "Pagina's van hoogstens 100 (standaard 25) in vaste volgorde; volgendeCursor en de Link-header (rel=\"next\") " +
            "wijzen naar de volgende pagina. De laatste pagina zonder filters draagt een wijzigingenToken: geef dat aan " +
            "/arrangementen/wijzigingen om daarna alleen wijzigingen op te halen. evaluatieVerlopen=true geeft actieve " +
            "arrangementen waarvan de evaluatie (minstens elk half jaar) over tijd is.");
        api.MapGet(Overzicht, GeefOverzicht).WithName("geefArrangementOverzicht").MetSelectieParameters().Beschrijf(Tag, 
            "Arrangementen die u mag zien als rijen voor een overzicht, met dezelfde filters en pagina's",
            "Dezelfde selectie, volgorde en cursors als /arrangementen, maar per arrangement alleen wat een lijst toont: " +
            "leerling, vestiging, soort, status, periode, behandeldeadline en evaluatie. Doelen, ondersteuningsbehoeften, " +
            "besluit en geschiedenis staan alleen in het arrangement zelf. Voor mensen; een LAS gebruikt /arrangementen.");
        api.MapGet(Pad + "/export", Exporteer).WithName("exporteerArrangementen").AlsTabelbestand().MetExportParameters().Beschrijf(Tag,
            "Exporteer de arrangementen van het overzicht als CSV of Excel",
            "Dezelfde filters als /arrangementen/overzicht, maar alle arrangementen die erbij passen in één bestand (geen pagina's), " +
            "met dezelfde kolommen als het overzicht. Vraag met Accept: text/csv of " + XlsxTabel.Mediatype + ". Boven het maximum " +
            "(standaard 50.000 regels) 400 te-veel-rijen: kies smallere filters. Alleen voor SWV-medewerkers; elke leerling in " +
            "het bestand komt in het auditlog (actie exporteren).");
        api.MapGet(Wijzigingen, GeefWijzigingen).WithName("geefArrangementWijzigingen").MetParameter(ContractParameters.WijzigingenToken).Beschrijf(Tag, 
            "Welke arrangementen veranderden sinds uw vorige synchronisatie",
            "Oudste wijziging eerst, elk arrangement in zijn geheel (vervang uw kopie). Arrangementen worden nooit verwijderd: " +
            "een beëindigd arrangement houdt status 'beeindigd'. Bewaar het nieuwe wijzigingenToken en roep meteen opnieuw aan " +
            "zolang meerWijzigingen true is. Een token dat de API niet voor deze feed gaf, dat veranderd is of voorbij de " +
            "laatste wijziging wijst, geeft 400 ongeldig-token: synchroniseer dan opnieuw volledig.");
        api.MapGet(Werkvoorraad, GeefWerkvoorraad).WithName("geefWerkvoorraad").Beschrijf(Tag, 
            "Mijn werkvoorraad: wat op uw actie wacht, met deadlines",
            "Elke regel is voor de rol die nu moet handelen (voor): de swv-medewerker neemt nieuwe aanvragen in behandeling en " +
            "besluit (streeftermijn zes weken); de school-medewerker van de vestiging beantwoordt een vraag van het " +
            "samenwerkingsverband; wie het arrangement uitvoert (de expert als een expert het uitvoert, anders de school) start, " +
            "evalueert en beëindigt het, binnen 30 dagen. Wie twee rollen heeft, krijgt de regels van beide. omschrijving zegt " +
            "waarom de regel er staat. Vroegste deadline eerst (dan arrangement en rol); verlopen=true als de deadline voorbij is. " +
            "Pagina's van hoogstens 100 (standaard 25) met een cursor; totaal is het aantal regels over alle pagina's. Alle " +
            "regels in één bestand: /arrangementen/werkvoorraad/export.");
        api.MapGet(Werkvoorraad + "/export", ExporteerWerkvoorraad).WithName("exporteerWerkvoorraad").AlsTabelbestand().Beschrijf(Tag,
            "Exporteer uw werkvoorraad als CSV of Excel",
            "Dezelfde regels in dezelfde volgorde als /arrangementen/werkvoorraad: voor wie, leerling, vestiging, soort, status, " +
            "reden en deadline. Vraag met Accept: text/csv of " + XlsxTabel.Mediatype + ". Boven het maximum (standaard 50.000 " +
            "regels) 400 te-veel-rijen. Elke leerling in het bestand komt in het auditlog (actie exporteren).");
        api.MapGet(MijnAanvragen, GeefMijnAanvragen).WithName("geefMijnAanvragen").Beschrijf(Tag, 
            "Mijn aanvragen: de arrangementen die u aanvroeg en die nog lopen",
            "Aanvragen met status aangevraagd of in-behandeling (vraagStaatOpen=true als het samenwerkingsverband de school " +
            "iets vroeg dat nog niet beantwoord is), met aanvraagdatum en behandeldeadline. Sorteer op behandeldeadline " +
            "(standaard) of aangevraagdOp, aflopend met een minteken. Pagina's van hoogstens 100 (standaard 25) met een " +
            "cursor; totaal is het aantal lopende aanvragen over alle pagina's.");
        api.MapGet(Pad + "/tellingen", GeefTellingen).WithName("geefArrangementTellingen").Beschrijf(Tag, 
            "Hoeveel arrangementen van het samenwerkingsverband er in elke status zijn",
            "Alle statussen van de levensloop, ook die met 0. De tellingen worden kort na elke stap bijgewerkt (uit de " +
            "gebeurtenissen van de arrangementen) en kunnen dus even achterlopen; bijgewerktOp zegt wanneer het laatst.");
        api.MapGet(Pad + "/{arrangementId:guid}", GeefArrangement).WithName("geefArrangement").MetParameter(ContractParameters.ArrangementId).Beschrijf(Tag, 
            "Eén arrangement met besluit, evaluaties en de hele geschiedenis",
            "De ETag is de versie: stuur haar mee in If-Match bij de volgende stap.");
    }

    private static async Task<Results<Ok<ArrangementenPaginaDto>, ProblemHttpResult>> GeefArrangementen(
        [AsParameters] ArrangementSelectieParameters selectie, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(selectie.AlsLijst(), ct).ConfigureAwait(false)).AlsPagina(http, Pad, p => p.VolgendeCursor);

    private static async Task<Results<Ok<ArrangementOverzichtDto>, ProblemHttpResult>> GeefOverzicht(
        [AsParameters] ArrangementSelectieParameters selectie, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(selectie.AlsOverzicht(), ct).ConfigureAwait(false)).AlsPagina(http, Overzicht, p => p.VolgendeCursor);

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> Exporteer(
        [AsParameters] ArrangementExportParameters selectie, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(selectie.AlsExport(), ct).ConfigureAwait(false)).AlsBestand(e => e.Arrangementen, ArrangementTabel.Tabel, http);

    private static async Task<Results<Ok<ArrangementWijzigingenDto>, ProblemHttpResult>> GeefWijzigingen(
        [FromQuery] string? token, [FromQuery] int? pageSize, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new GeefArrangementWijzigingenQuery(token, pageSize), ct).ConfigureAwait(false))
            .AlsPagina(http, Wijzigingen, p => p.MeerWijzigingen ? p.WijzigingenToken : null, "token");

    private static async Task<Results<Ok<WerkvoorraadDto>, ProblemHttpResult>> GeefWerkvoorraad(
        [FromQuery] string? cursor, [FromQuery] int? pageSize, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new GeefWerkvoorraadQuery(cursor, pageSize), ct).ConfigureAwait(false)).AlsPagina(http, Werkvoorraad, p => p.VolgendeCursor);

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> ExporteerWerkvoorraad(ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new ExporteerWerkvoorraadQuery(), ct).ConfigureAwait(false)).AlsBestand(w => w.Items, WerkvoorraadTabel.Tabel, http);

    private static async Task<Results<Ok<MijnAanvragenDto>, ProblemHttpResult>> GeefMijnAanvragen(
        [FromQuery] string? sorteer, [FromQuery] string? cursor, [FromQuery] int? pageSize, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new GeefMijnAanvragenQuery(sorteer, cursor, pageSize), ct).ConfigureAwait(false)).AlsPagina(http, MijnAanvragen, p => p.VolgendeCursor);

    private static Task<Results<Ok<ArrangementTellingenDto>, ProblemHttpResult>> GeefTellingen(ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefArrangementTellingenQuery(), http, ct);

    private static Task<Results<Ok<ArrangementDto>, ProblemHttpResult>> GeefArrangement(
        Guid arrangementId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefArrangementQuery(arrangementId), http, ct);

    /// <summary>The filters of <c>IArrangementSelectie</c>, the same on both lists.</summary>
    private static RouteHandlerBuilder MetSelectieParameters(this RouteHandlerBuilder builder) => builder.MetExportParameters();

    /// <summary>The filters without the paging, for the export.</summary>
    private static RouteHandlerBuilder MetExportParameters(this RouteHandlerBuilder builder) => builder
        .MetParameter(ContractParameters.ArrangementStatus)
        .MetParameter(ContractParameters.SoortArrangement)
        .MetParameter(ContractParameters.VestigingFilter)
        .MetParameter(ContractParameters.PeriodeVan)
        .MetParameter(ContractParameters.PeriodeTot);
}
