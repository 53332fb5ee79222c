using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.BevestigRodRegistratie;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.EvalueerOpp;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.DeelConceptMetOuders;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.StopConceptDelen;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.HerzieOpp;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.LegHoorrechtVast;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.LegInstemmingVast;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.LegOverlegVast;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.SluitOppAf;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.StartOpp;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.StelOppVast;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.WerkOppBij;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOpp;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOpps;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOppPdf;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOppVerschillen;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOppWerkvoorraad;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOppSync;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOppWijzigingen;

namespace PassendOnderwijs.Api.Endpoints.Ontwikkelingsperspectiefplannen;

/// <summary>
/// Ontwikkelingsperspectiefplannen: a list and a werkvoorraad (with the plans that are missing); the school starts a plan, works on its concept, records the overleg, the hoorrecht
/// and the ouders' instemming, sets it, evaluates it yearly, starts a new version and closes it. Every step names the
/// version it is based on in If-Match (428 without, 412 when stale); a step the lifecycle does not allow is a 409 and
/// changes nothing. The school's LAS keeps a copy of the ROD fields (sync, wijzigingen) and confirms the registration.
/// </summary>
internal static class OppEndpoints
{
    private const string Pad = "/ontwikkelingsperspectiefplannen";
    private const string Tag = "Ontwikkelingsperspectiefplannen";
    private const string Een = Pad + "/{oppId:guid}";
    private const string Sync = Pad + "/sync";
    private const string Wijzigingen = Pad + "/wijzigingen";
    private const string Werkvoorraad = Pad + "/werkvoorraad";

    public static void MapOntwikkelingsperspectiefplannen(this RouteGroupBuilder api)
    {
        api.MapPost(Pad, Start).WithName("startOpp").Beschrijf(Tag,
            "Start het OPP van een leerling",
            "Door een medewerker van de school van de leerling: een leeg concept (versie 1). De wettelijke termijn van zes weken " +
            "voor de vaststelling loopt vanaf de startdatum: de start van de extra ondersteuning of de inschrijving in het SBO, SO, " +
            "VSO of PrO. Eén OPP per leerling en school (409 als er al een is dat niet is afgesloten).");
        api.MapGet(Pad, GeefOpps).WithName("geefOpps").Beschrijf(Tag,
            "OPP's die u mag zien, met filters",
            "Een medewerker van een school ziet de OPP's van de eigen vestigingen; het samenwerkingsverband en betrokken experts " +
            "alleen die van leerlingen met een arrangement of een aanvraag voor een toelaatbaarheidsverklaring. Filters: leerling, " +
            "status en vestiging. Nieuwste startdatum eerst. Pagina's van hoogstens 100 (standaard 25) met een cursor; totaal is " +
            "het aantal over alle pagina's.");
        api.MapGet(Werkvoorraad, GeefWerkvoorraad).WithName("geefOppWerkvoorraad").Beschrijf(Tag,
            "Mijn werkvoorraad voor OPP's: wat op uw actie wacht, met deadlines",
            "Elke regel is voor de rol die nu moet handelen (voor). De school stelt het OPP binnen zes weken vast, vraagt de " +
            "instemming van de ouders met het handelingsdeel, evalueert het elk schooljaar en registreert begin- en einddatum in " +
            "ROD. OPP ontbreekt (opp-ontbreekt): er loopt een arrangement, maar de leerling heeft op die school geen vastgesteld " +
            "OPP; voor de school en het samenwerkingsverband, met als deadline zes weken na de start van het arrangement. Zo'n " +
            "regel noemt het concept als de school er een begon, en anders geen oppId. Vroegste deadline eerst (dan OPP of " +
            "arrangement, rol en actie); verlopen=true als de deadline voorbij is. Pagina's van hoogstens 100 (standaard 25) met " +
            "een cursor; totaal is het aantal regels over alle pagina's.");
        api.MapGet(Sync, GeefSync).WithName("geefOppSync").Beschrijf(Tag,
            "De OPP's van uw scholen met de gegevens voor ROD, voor een volledige synchronisatie van uw LAS",
            "Voor het LAS van de school: de OPP's van leerlingen van uw vestigingen die ten minste één keer zijn vastgesteld, ook " +
            "in herziening of afgesloten (dan met de einddatum). Een concept dat nooit is vastgesteld ontbreekt: het is werk in " +
            "uitvoering van de school en heeft nog geen begindatum, dus voor ROD is er niets te registreren. Per OPP precies wat u " +
            "voor ROD nodig heeft: id, de leerling, de vestiging, rodPlichtig (alleen reguliere basisscholen registreren; SBO en SO " +
            "niet), de begindatum (de eerste vaststelling) en de einddatum, per datum of die nog te registreren is en wanneer u " +
            "de registratie bevestigde, de status en de versie. Bewust zonder de inhoud van het plan (uitstroombestemming, " +
            "onderbouwing, handelingsdeel, overleg, instemming, hoorrecht en evaluaties): die heeft uw LAS voor ROD niet nodig " +
            "(dataminimalisatie, AVG). Pagina's van hoogstens 100 (standaard 25) in vaste volgorde; volgendeCursor en de " +
            "Link-header (rel=\"next\") wijzen naar de volgende pagina. De laatste pagina draagt een wijzigingenToken: geef dat aan " +
            "/ontwikkelingsperspectiefplannen/wijzigingen om daarna alleen wijzigingen op te halen.");
        api.MapGet(Wijzigingen, GeefWijzigingen).WithName("geefOppWijzigingen").MetParameter(ContractParameters.WijzigingenToken).Beschrijf(Tag,
            "Welke OPP's van uw scholen veranderden sinds uw vorige synchronisatie",
            "Oudste wijziging eerst, elk OPP in zijn geheel (vervang uw kopie): een eerste vaststelling, een bevestigde registratie " +
            "in ROD, een nieuwe versie of de afsluiting met de einddatum. Ook een wijziging van de inhoud komt als wijziging mee, " +
            "zonder die inhoud. OPP's worden nooit verwijderd. Bewaar het nieuwe wijzigingenToken en roep meteen opnieuw aan " +
            "zolang meerWijzigingen true is. Een token dat de API niet voor deze feed gaf, dat veranderd is of voorbij de laatste " +
            "wijziging wijst, geeft 400 ongeldig-token: synchroniseer dan opnieuw volledig via /ontwikkelingsperspectiefplannen/sync.");
        api.MapGet(Een, Geef).WithName("geefOpp").AlsOpp(
            "Eén OPP met al zijn versies, overleg, hoorrecht, instemming, evaluaties en geschiedenis",
            "Voor de school van de leerling; voor het samenwerkingsverband en betrokken experts alleen als de leerling een " +
            "arrangement of een aanvraag voor een toelaatbaarheidsverklaring heeft. De ETag is de versie: stuur haar mee in If-Match " +
            "bij de volgende stap.");
        api.MapGet(Een + "/verschillen", GeefVerschillen).WithName("geefOppVerschillen")
            .MetParameter(ContractParameters.VanVersie).MetParameter(ContractParameters.NaarVersie)
            .AlsOpp(
                "Wat er per onderdeel verschilt tussen twee versies",
                "Elk veld dat anders is, met het label, de oude en de nieuwe tekst; een toegevoegde of verwijderde regel heeft één " +
                "kant leeg. Zonder nummers: de geldende versie tegen het concept, of anders de laatste twee.");
        api.MapGet(Een + "/versies/{versie:int}/pdf", GeefPdf).WithName("geefOppPdf")
            .WithMetadata(new Bestandsantwoord([Documentantwoord.Pdf]))
            .MetParameter(ContractParameters.OppVersienummer)
            .AlsOpp(
                "Eén versie van het OPP als PDF",
                "Voor wie het OPP mag lezen. De leerling, de school, de versie en haar status, elk onderdeel met zijn label, het " +
                "overleg, het hoorrecht en waar de instemming van de ouders met het handelingsdeel staat; zolang die niet gegeven " +
                "is, met regels om op papier te ondertekenen. Vraag met Accept: application/pdf. Dezelfde ETag geeft steeds " +
                "dezelfde bytes. 404 voor een versie die het OPP niet heeft. Elke download komt in het auditlog.");
        api.MapPut(Een + "/concept", WerkBij).WithName("werkOppBij").AlsOpp(
            "Werk het concept bij",
            "Vervangt wat de conceptversie zegt; een vastgestelde versie verandert nooit (409: maak eerst een nieuwe versie). Een " +
            "concept mag onvolledig zijn. Verandert het handelingsdeel, dan vervalt een instemming van de ouders op de oude tekst.");
        api.MapPost(Een + "/overleg", LegOverlegVast).WithName("legOverlegVast").AlsOpp(
            "Leg het overleg met de ouders vast",
            "Het op overeenstemming gericht overleg over de conceptversie: datum, deelnemers en uitkomst. Nodig voor de vaststelling.");
        api.MapPost(Een + "/hoorrecht", LegHoorrechtVast).WithName("legHoorrechtVast").AlsOpp(
            "Leg het hoorrecht van de leerling vast",
            "Dat de leerling is gehoord, met datum en een korte samenvatting, of waarom niet, met de reden. Nodig voor de vaststelling.");
        api.MapPost(Een + "/concept-delen", DeelConceptMetOuders).WithName("deelConceptMetOuders").AlsOpp(
            "Deel het concept met de ouders",
            "Voor het overleg: de ouders lezen het concept dan in het ouderportaal en kunnen daar op het handelingsdeel " +
            "antwoorden. Een concept dat niet gedeeld is, zien de ouders niet. Nog eens delen na een wijziging mag.");
        api.MapPost(Een + "/delen-stoppen", StopConceptDelen).WithName("stopConceptDelen").AlsOpp(
            "Stop het delen van het concept met de ouders",
            "Het omgekeerde van concept-delen: de ouders zien het concept daarna niet meer in het ouderportaal (404), wel een " +
            "versie die al geldt. Een antwoord dat zij al gaven, blijft vastgelegd; opnieuw delen kan. 409 als het concept niet gedeeld is.");
        api.MapPost(Een + "/instemming", LegInstemmingVast).WithName("legInstemmingVast").AlsOpp(
            "Leg het antwoord van de ouders op het handelingsdeel vast",
            "Instemming of weigering (met reden), bij precies de tekst van de genoemde versie: het concept, of de vastgestelde " +
            "versie waarvan het handelingsdeel nog op instemming wacht. Wie, wanneer en hoe (op papier of digitaal).");
        api.MapPost(Een + "/vaststelling", StelVast).WithName("stelOppVast").AlsOpp(
            "Stel het concept vast",
            "Alleen een volledig plan, na het overleg met de ouders en het horen van de leerling (422 noemt alles wat ontbreekt). " +
            "Het handelingsdeel wordt alleen vastgesteld met instemming van de ouders op precies deze tekst (of op de vorige versie " +
            "als het handelingsdeel niet veranderde); zonder instemming geldt de rest en wacht het handelingsdeel.");
        api.MapPost(Een + "/herziening", Herzie).WithName("herzieOpp").AlsOpp(
            "Maak een nieuwe versie",
            "Een nieuwe conceptversie vanuit de vastgestelde versie. De vastgestelde versie blijft gelden tot de nieuwe is vastgesteld.");
        api.MapPost(Een + "/evaluaties", Evalueer).WithName("evalueerOpp").AlsOpp(
            "Leg de evaluatie met de ouders vast",
            "Ten minste één keer per schooljaar: per doel van de geldende versie of het is behaald, de conclusie en of er een nieuwe " +
            "versie volgt. De volgende evaluatie is dan uiterlijk aan het eind van het volgende schooljaar.");
        api.MapPost(Een + "/rod-registratie", BevestigRodRegistratie).WithName("bevestigRodRegistratie").AlsOpp(
            "Bevestig de registratie in ROD",
            "Alleen reguliere basisscholen registreren de begindatum (de eerste vaststelling) en de einddatum van het OPP in ROD; " +
            "SBO en SO niet (409). Ook het LAS van de school kan bevestigen (scope opp.registreren), voor OPP's van zijn eigen " +
            "vestigingen, met de versie uit de synchronisatie in If-Match. De geschiedenis noemt dan de koppeling. Een koppeling " +
            "krijgt het OPP zonder inhoud terug: versies, evaluaties en geschiedenis zijn leeg en er is geen reden van afsluiting.");
        api.MapPost(Een + "/afsluiting", SluitAf).WithName("sluitOppAf").AlsOpp(
            "Sluit het OPP af",
            "Als de leerling geen extra ondersteuning meer nodig heeft of de school verlaat, met de einddatum en de reden. De versies " +
            "blijven bewaard.");
    }

    private static async Task<Results<Created<OppDto>, ProblemHttpResult>> Start(StartOppVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new StartOppCommand(v.Lees()), ct).ConfigureAwait(false)).AlsNieuw(http, o => $"{Pad}/{o.Id}");

    private static async Task<Results<Ok<OppLijstDto>, ProblemHttpResult>> GeefOpps(
        [AsParameters] OppLijstParameters parameters, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(parameters.AlsQuery(), ct).ConfigureAwait(false)).AlsPagina(http, Pad, p => p.VolgendeCursor);

    private static async Task<Results<Ok<OppWerkvoorraadDto>, ProblemHttpResult>> GeefWerkvoorraad(
        [FromQuery] string? cursor, [FromQuery] int? pageSize, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new GeefOppWerkvoorraadQuery(cursor, pageSize), ct).ConfigureAwait(false)).AlsPagina(http, Werkvoorraad, p => p.VolgendeCursor);
    private static async Task<Results<Ok<OppSyncPaginaDto>, ProblemHttpResult>> GeefSync(
        [FromQuery] string? cursor, [FromQuery] int? pageSize, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new GeefOppSyncQuery(cursor, pageSize), ct).ConfigureAwait(false)).AlsPagina(http, Sync, p => p.VolgendeCursor);

    private static async Task<Results<Ok<OppWijzigingenDto>, ProblemHttpResult>> GeefWijzigingen(
        [FromQuery] string? token, [FromQuery] int? pageSize, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new GeefOppWijzigingenQuery(token, pageSize), ct).ConfigureAwait(false))
            .AlsPagina(http, Wijzigingen, p => p.MeerWijzigingen ? p.WijzigingenToken : null, "token");

    private static Task<Results<Ok<OppDto>, ProblemHttpResult>> Geef(Guid oppId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefOppQuery(oppId), http, ct);

    private static Task<Results<Ok<OppVerschillenDto>, ProblemHttpResult>> GeefVerschillen(
        Guid oppId, [FromQuery] int? van, [FromQuery] int? naar, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefOppVerschillenQuery(oppId, van, naar), http, ct);

    private static Task<Results<FileContentHttpResult, ProblemHttpResult>> GeefPdf(Guid oppId, int versie, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.AlsPdfAsync(new GeefOppPdfQuery(oppId, versie), http, ct);

    private static Task<Results<Ok<OppDto>, ProblemHttpResult>> WerkBij(Guid oppId, OppInhoudVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new WerkOppBijCommand(oppId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<OppDto>, ProblemHttpResult>> LegOverlegVast(Guid oppId, OverlegVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new LegOverlegVastCommand(oppId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<OppDto>, ProblemHttpResult>> LegHoorrechtVast(Guid oppId, HoorrechtVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new LegHoorrechtVastCommand(oppId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<OppDto>, ProblemHttpResult>> StopConceptDelen(Guid oppId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new StopConceptDelenCommand(oppId, http.VerwachteVersie()), http, ct);

    private static Task<Results<Ok<OppDto>, ProblemHttpResult>> DeelConceptMetOuders(Guid oppId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new DeelConceptMetOudersCommand(oppId, http.VerwachteVersie()), http, ct);

    private static Task<Results<Ok<OppDto>, ProblemHttpResult>> LegInstemmingVast(Guid oppId, InstemmingVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new LegInstemmingVastCommand(oppId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<OppDto>, ProblemHttpResult>> StelVast(Guid oppId, VaststellingVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new StelOppVastCommand(oppId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<OppDto>, ProblemHttpResult>> Herzie(Guid oppId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new HerzieOppCommand(oppId, http.VerwachteVersie()), http, ct);

    private static Task<Results<Ok<OppDto>, ProblemHttpResult>> Evalueer(Guid oppId, OppEvaluatieVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new EvalueerOppCommand(oppId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<OppDto>, ProblemHttpResult>> BevestigRodRegistratie(
        Guid oppId, RodRegistratieVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new BevestigRodRegistratieCommand(oppId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<OppDto>, ProblemHttpResult>> SluitAf(Guid oppId, AfsluitingVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new SluitOppAfCommand(oppId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static RouteHandlerBuilder AlsOpp(this RouteHandlerBuilder builder, string samenvatting, string beschrijving) => builder
        .MetParameter(ContractParameters.OppId)
        .Beschrijf(Tag, samenvatting, beschrijving);
}
