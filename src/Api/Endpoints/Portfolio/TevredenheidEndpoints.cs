using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Portfolio.Tevredenheid;
using PassendOnderwijs.Application.Portfolio.Tevredenheid.Commands.BeantwoordTevredenheidsonderzoek;
using PassendOnderwijs.Application.Portfolio.Tevredenheid.Queries.GeefTevredenheidsonderzoek;
using PassendOnderwijs.Application.Portfolio.Tevredenheid.Queries.GeefTevredenheidsonderzoeken;
using PassendOnderwijs.Application.Portfolio.Tevredenheid.Queries.GeefTevredenheidsuitslag;

namespace PassendOnderwijs.Api.Endpoints.Portfolio;

/// <summary>
/// The tevredenheidsonderzoek after an expert inzet: the school answers it, the manager ondersteuning reads the answers,
/// the portfolio's people read the results per expert, expertisegebied and regio.
/// </summary>
internal static class TevredenheidEndpoints
{
    private const string Tag = "Tevredenheid";
    private const string Onderzoeken = "/tevredenheidsonderzoeken";
    private const string Onderzoek = Onderzoeken + "/{onderzoekId:guid}";

    public static void MapTevredenheid(this RouteGroupBuilder api)
    {
        api.MapGet(Onderzoeken, GeefOnderzoeken).WithName("geefTevredenheidsonderzoeken").Beschrijf(Tag,
            "Tevredenheidsonderzoeken na de inzet van een expert",
            "Nieuwste eerst. Een school ziet die van de eigen vestigingen (om de open onderzoeken in te vullen), zonder de antwoorden; " +
            "de manager ondersteuning ziet alle onderzoeken met de antwoorden. Filter status: open of beantwoord.");
        api.MapGet(Onderzoek, GeefOnderzoek).WithName("geefTevredenheidsonderzoek").MetParameter(ContractParameters.OnderzoekId).Beschrijf(Tag,
            "Eén tevredenheidsonderzoek",
            "Over de expert, zonder leerling. De ETag is wat het antwoord in If-Match meestuurt. De scores en de toelichting staan er " +
            "alleen in voor de manager ondersteuning.");
        api.MapPost(Onderzoek + "/antwoord", Beantwoord).WithName("beantwoordTevredenheidsonderzoek").MetParameter(ContractParameters.OnderzoekId)
            .Beschrijf(Tag,
                "Vul het tevredenheidsonderzoek in",
                "Voor de school die de expert ontving: op elke vraag (werkwijze, bijdrage, bereikbaarheid, communicatie, snelheid) een score " +
                "van 1 (zeer ontevreden) tot en met 5 (zeer tevreden), en eventueel een toelichting. Eén keer: daarna 409. If-Match met de " +
                "ETag is verplicht.");
        api.MapGet("/tevredenheidsuitslag", GeefUitslag).WithName("geefTevredenheidsuitslag").Beschrijf(Tag,
            "De uitslag van de tevredenheidsonderzoeken",
            "Per schooljaar (standaard het huidige; naar de dag van versturen) de gemiddelde score per vraag, per expert, per " +
            "expertisegebied en per regio. Een groep met minder dan 5 antwoorden (of minder dan de drempel van het samenwerkingsverband, als die hoger is) toont geen gemiddelden (onderdrukt), behalve voor de " +
            "manager ondersteuning. Voor de manager ondersteuning, de beleidsmedewerker en de regionaal procesbegeleider.");
    }

    private static Task<Results<Ok<TevredenheidsonderzoekenDto>, ProblemHttpResult>> GeefOnderzoeken(
        [FromQuery] string? status, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefTevredenheidsonderzoekenQuery(status), http, ct);

    private static Task<Results<Ok<TevredenheidsonderzoekDto>, ProblemHttpResult>> GeefOnderzoek(
        Guid onderzoekId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefTevredenheidsonderzoekQuery(onderzoekId), http, ct);

    private static Task<Results<Ok<TevredenheidsonderzoekDto>, ProblemHttpResult>> Beantwoord(
        Guid onderzoekId, TevredenheidsantwoordVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new BeantwoordTevredenheidsonderzoekCommand(onderzoekId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<TevredenheidsuitslagDto>, ProblemHttpResult>> GeefUitslag(
        [FromQuery] string? schooljaar, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefTevredenheidsuitslagQuery(schooljaar), http, ct);
}
