using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Portfolio.Expertinzet;
using PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.DeelSamenvatting;
using PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.KoppelExpert;
using PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.LegPlanVast;
using PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.OntkoppelExpert;
using PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.RegistreerUren;
using PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.SluitExpertinzetAf;
using PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.StartExpertinzet;
using PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.TrekUrenIn;
using PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.VoegFasenotitieToe;
using PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.ZetFaseVoort;
using PassendOnderwijs.Application.Portfolio.Expertinzet.Queries.GeefExpertinzet;
using PassendOnderwijs.Application.Portfolio.Expertinzet.Queries.GeefExpertinzetten;
using PassendOnderwijs.Application.Portfolio.Expertinzet.Queries.GeefExpertinzetWerkvoorraad;
using PassendOnderwijs.Application.Portfolio.Expertinzet.Queries.GeefExpertRichtlijn;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;
using PassendOnderwijs.Domain.Portfolio.Tevredenheid;

namespace PassendOnderwijs.Api.Endpoints.Portfolio;

/// <summary>
/// The expert inzet along the HGW cycle. Every change names the version it is based on in If-Match (428 without, 412
/// when stale); a step the lifecycle does not allow now is a 409 and changes nothing.
/// </summary>
internal static class ExpertinzetEndpoints
{
    public const string Pad = "/expertinzetten";
    public const string Tag = "Expertinzet";
    private const string Inzet = Pad + "/{expertinzetId:guid}";
    private const string Werkvoorraad = Pad + "/werkvoorraad";

    public static void MapExpertinzet(this RouteGroupBuilder api)
    {
        api.MapGet(Pad, GeefInzetten).WithName("geefExpertinzetten").Beschrijf(Tag,
            "De inzetten van experts die u mag zien, met de uren tegen het budget",
            "De school ziet de inzetten van leerlingen van de eigen vestigingen, een expert alleen de eigen trajecten, SWV-medewerkers alle " +
            $"(filters: status, expertisegebied, expertId, vestiging, leerlingId). Nieuwste eerst, hoogstens {GeefExpertinzettenQuery.Maximum}; totaal is het aantal " +
            "dat past. Elke leerling in de lijst komt in het auditlog.");
        api.MapGet(Werkvoorraad, GeefWerkvoorraad).WithName("geefExpertinzetWerkvoorraad").Beschrijf(Tag,
            "Mijn werkvoorraad voor inzetten van experts: wat op uw actie wacht, met deadlines",
            "Elke regel is voor de rol die nu moet handelen (voor). De regionaal procesbegeleider koppelt een expert (expert-koppelen). " +
            "De gekoppelde expert brengt de inzet naar de volgende fase van de HGW-cyclus (volgende-fase), deelt de samenvatting van " +
            "begrijpen (samenvatting-delen) en sluit de inzet na de evaluatie af (afsluiten). De school legt het plan van aanpak vast " +
            "(plan-vastleggen) en vult het tevredenheidsonderzoek in na een afgesloten inzet (tevredenheid-invullen; zo'n regel noemt " +
            $"geen leerling). De deadline is de streefdatum van de fase: koppelen binnen {ExpertinzetLevenscyclus.KoppelenBinnenDagen} dagen, " +
            $"elke fase tot en met plannen binnen {ExpertinzetLevenscyclus.FaseBinnenDagen} dagen, realiseren tot het eind van de interventies " +
            $"van het plan (vanaf 30 dagen ervoor in de lijst), afsluiten binnen {ExpertinzetLevenscyclus.AfsluitenBinnenDagen} dagen; een " +
            $"onderzoek binnen {Tevredenheidsonderzoek.BeantwoordenBinnenDagen} dagen. Vroegste deadline eerst (dan inzet of onderzoek, rol " +
            "en actie); verlopen=true als de deadline voorbij is. Pagina's van hoogstens 100 (standaard 25) met een cursor; totaal is het " +
            "aantal regels over alle pagina's.");
        api.MapGet(Pad + "/richtlijn", GeefRichtlijn).WithName("geefExpertRichtlijn").Beschrijf(Tag,
            "Wat een expert niet doet: de richtlijn voor scholen",
            "Toon dit waar de school een inzet start. De expert begeleidt de leerling niet langdurig, neemt geen taken van leerkracht of IB'er " +
            "over, behandelt niet, neemt niet deel aan MDO's en schrijft geen OPP's.");
        api.MapPost(Pad, Start).WithName("startExpertinzet").Beschrijf(Tag,
            "Start een inzet van een expert voor een leerling",
            "Alleen de school (een medewerker van de vestiging van de leerling; anders 404), vanuit de casus van het lokaal netwerk met de " +
            "uitkomst inzet expert (casusId), met het expertisegebied en de casusinformatie: ondersteuningsvraag, belemmerende en " +
            "stimulerende factoren en de al geboden ondersteuning. Optioneel het OPP van de leerling en een arrangement 'inzet van een " +
            "expert' van dezelfde leerling (422 als ze niet bij de leerling horen). De inzet wacht daarna op de koppeling van een expert.");
        api.MapGet(Inzet, GeefInzet).WithName("geefExpertinzet").MetParameter(ContractParameters.ExpertinzetId).Beschrijf(Tag,
            "Eén inzet met fasen, notities, plan van aanpak, uren en geschiedenis",
            "urenstand geeft de gebruikte uren tegen het budget, met een waarschuwing vanaf 80 %. toegestaneStappen noemt wat u nu mag doen. " +
            "De ETag is de versie: geef die in If-Match bij elke wijziging.");
        api.MapPost(Inzet + "/koppeling", Koppel).WithName("koppelExpert").AlsStap(
            "Koppel een expert aan de inzet",
            "De regionaal procesbegeleider (nu: SWV-medewerkers) kiest een actieve expert uit GET /experts (422 voor een ander of gedeactiveerd " +
            "account). De expert wordt betrokkene van de leerling tot de inzet is afgesloten of de expert ontkoppeld, en ziet alleen de eigen " +
            "inzetten. De school en de expert krijgen een melding.");
        api.MapPost(Inzet + "/ontkoppeling", Ontkoppel).WithName("ontkoppelExpert").AlsStap(
            "Ontkoppel de expert",
            "Met een reden. De toegang van de expert tot de leerling via deze inzet eindigt; de geregistreerde uren blijven. De inzet wacht " +
            "weer op een expert. Voor SWV-medewerkers.");
        api.MapPost(Inzet + "/fase", ZetFaseVoort).WithName("zetFaseVoort").AlsStap(
            "Ga naar de volgende fase van de HGW-cyclus",
            "naar: waarnemen (na de voorbereiding), begrijpen, plannen (nadat de expert de samenvatting deelde), realiseren (als er een plan " +
            "van aanpak is) of evaluatie. De school en de expert zetten de fasen samen; de school blijft eigenaar van het proces.");
        api.MapPost(Inzet + "/samenvatting", DeelSamenvatting).WithName("deelSamenvatting").AlsStap(
            "Deel de samenvatting van begrijpen",
            "Alleen de gekoppelde expert, in de fase begrijpen: conclusies en praktische aanbevelingen, alleen over de leerling, en of er " +
            "handelingsgerichte diagnostiek is gedaan.");
        api.MapPut(Inzet + "/plan", LegPlanVast).WithName("legPlanVast").AlsStap(
            "Leg het plan van aanpak vast of stel het bij",
            "In plannen en realiseren: toetsbare doelen, interventies met tijdpad (van, tot) en wie wat doet, en het urenbudget van de expert " +
            "(in kwartieren). Het budget is nooit lager dan de al gebruikte uren (422). Is het budget eenmaal vastgesteld, dan past alleen " +
            "de school of het samenwerkingsverband het aan (422 voor de expert).");
        api.MapPost(Inzet + "/notities", VoegNotitieToe).WithName("voegFasenotitieToe").AlsStap(
            "Voeg een notitie toe aan de huidige fase", "Wie, wanneer en wat. Voor de school, de gekoppelde expert en SWV-medewerkers, tot de inzet is afgesloten.");
        api.MapPost(Inzet + "/uren", RegistreerUren).WithName("registreerUren").AlsStap(
            "Registreer gewerkte uren",
            "Alleen de gekoppelde expert, terwijl de inzet loopt: datum (niet in de toekomst), uren in kwartieren (meer dan 0, hoogstens 12), " +
            "activiteit en een korte notitie. Vanaf 80 % van het budget draagt urenstand een waarschuwing; een registratie die het budget " +
            "zou overschrijden geeft 409 budget-overschreden, tot het plan van aanpak het budget verhoogt.");
        api.MapPost(Inzet + "/uren/{registratieId:guid}/intrekking", TrekUrenIn).WithName("trekUrenIn")
            .MetParameter(ContractParameters.UrenregistratieId).AlsStap(
                "Trek een eigen urenregistratie in",
                "Alleen de expert die haar registreerde, terwijl de inzet loopt. Zij blijft in de lijst (ingetrokken) maar telt niet meer mee.");
        api.MapPost(Inzet + "/afsluiting", SluitAf).WithName("sluitExpertinzetAf").AlsStap(
            "Sluit de inzet af na de evaluatie",
            "resultaat: doelen-behaald (advies van de expert voor de school verplicht; het wordt gedeeld in het netwerk), terug-naar-netwerk, " +
            "of verwezen (met verwijzing: jeugdhulp, arts, cluster-1 of cluster-2). De toegang van de expert tot de leerling eindigt; de " +
            "school krijgt een melding en daarna het tevredenheidsonderzoek.");
    }

    private static Task<Results<Ok<ExpertinzettenDto>, ProblemHttpResult>> GeefInzetten(
        [FromQuery] string? status, [FromQuery] string? expertisegebied, [FromQuery] Guid? expertId, [FromQuery] string? vestiging, [FromQuery] Guid? leerlingId,
        ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefExpertinzettenQuery(status, expertisegebied, expertId, vestiging, leerlingId), http, ct);

    private static async Task<Results<Ok<ExpertinzetWerkvoorraadDto>, ProblemHttpResult>> GeefWerkvoorraad(
        [FromQuery] string? cursor, [FromQuery] int? pageSize, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new GeefExpertinzetWerkvoorraadQuery(cursor, pageSize), ct).ConfigureAwait(false)).AlsPagina(http, Werkvoorraad, p => p.VolgendeCursor);

    private static Task<Results<Ok<ExpertRichtlijnDto>, ProblemHttpResult>> GeefRichtlijn(ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefExpertRichtlijnQuery(), http, ct);

    private static async Task<Results<Created<ExpertinzetDto>, ProblemHttpResult>> Start(
        InzetVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new StartExpertinzetCommand(v.Lees()), ct).ConfigureAwait(false)).AlsNieuw(http, i => $"{Pad}/{i.Id}");

    private static Task<Results<Ok<ExpertinzetDto>, ProblemHttpResult>> GeefInzet(Guid expertinzetId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefExpertinzetQuery(expertinzetId), http, ct);

    private static Task<Results<Ok<ExpertinzetDto>, ProblemHttpResult>> Koppel(
        Guid expertinzetId, InzetKoppelVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new KoppelExpertCommand(expertinzetId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<ExpertinzetDto>, ProblemHttpResult>> Ontkoppel(
        Guid expertinzetId, InzetOntkoppelVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new OntkoppelExpertCommand(expertinzetId, http.VerwachteVersie(), v.Reden), http, ct);

    private static Task<Results<Ok<ExpertinzetDto>, ProblemHttpResult>> ZetFaseVoort(
        Guid expertinzetId, InzetFaseVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new ZetFaseVoortCommand(expertinzetId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<ExpertinzetDto>, ProblemHttpResult>> DeelSamenvatting(
        Guid expertinzetId, InzetSamenvattingVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new DeelSamenvattingCommand(expertinzetId, http.VerwachteVersie(), v), http, ct);

    private static Task<Results<Ok<ExpertinzetDto>, ProblemHttpResult>> LegPlanVast(
        Guid expertinzetId, InzetPlanVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new LegPlanVastCommand(expertinzetId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<ExpertinzetDto>, ProblemHttpResult>> VoegNotitieToe(
        Guid expertinzetId, InzetNotitieVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new VoegFasenotitieToeCommand(expertinzetId, http.VerwachteVersie(), v.Tekst), http, ct);

    private static Task<Results<Ok<ExpertinzetDto>, ProblemHttpResult>> RegistreerUren(
        Guid expertinzetId, InzetUrenVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new RegistreerUrenCommand(expertinzetId, http.VerwachteVersie(), v), http, ct);

    private static Task<Results<Ok<ExpertinzetDto>, ProblemHttpResult>> TrekUrenIn(
        Guid expertinzetId, Guid registratieId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new TrekUrenInCommand(expertinzetId, http.VerwachteVersie(), registratieId), http, ct);

    private static Task<Results<Ok<ExpertinzetDto>, ProblemHttpResult>> SluitAf(
        Guid expertinzetId, InzetAfsluitVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new SluitExpertinzetAfCommand(expertinzetId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static RouteHandlerBuilder AlsStap(this RouteHandlerBuilder builder, string samenvatting, string beschrijving) => builder
        .MetParameter(ContractParameters.ExpertinzetId)
        .Beschrijf(Tag, samenvatting, beschrijving);
}
