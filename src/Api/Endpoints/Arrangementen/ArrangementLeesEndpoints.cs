using Mediator;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangement;
using PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementen;
using PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementOverzicht;
using PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementTellingen;
using PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementWijzigingen;
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

    public static void MapArrangementLezen(this RouteGroupBuilder api)
    {
        api.MapGet(Pad, async ([AsParameters] ArrangementSelectieParameters selectie, ISender sender, HttpContext http, CancellationToken ct) =>
                MetVolgendePagina(await sender.Send(selectie.AlsLijst(), ct).ConfigureAwait(false), http, Pad, p => p.VolgendeCursor))
            .WithName("geefArrangementen")
            .MetSelectieParameters()
            .WithTags(Tag)
            .WithSummary("Arrangementen die je mag zien, met filters; of alle, voor een volledige synchronisatie")
            .WithDescription(
                "Een medewerker van een school en een LAS zien alleen arrangementen van leerlingen van de eigen vestigingen. " +
                "Pagina's van hoogstens 100 (standaard 25) in vaste volgorde; volgendeCursor en de Link-header (rel=\"next\") " +
                "wijzen naar de volgende pagina. De laatste pagina zonder filters draagt een wijzigingenToken: geef dat aan " +
                "/arrangementen/wijzigingen om daarna alleen wijzigingen op te halen. evaluatieVerlopen=true geeft actieve " +
                "arrangementen waarvan de evaluatie (minstens elk half jaar) over tijd is.")
            .Produces<ArrangementenPaginaDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization();

        api.MapGet(Pad + "/overzicht", async ([AsParameters] ArrangementSelectieParameters selectie, ISender sender, HttpContext http, CancellationToken ct) =>
                MetVolgendePagina(await sender.Send(selectie.AlsOverzicht(), ct).ConfigureAwait(false), http, Pad + "/overzicht", p => p.VolgendeCursor))
            .WithName("geefArrangementOverzicht")
            .MetSelectieParameters()
            .WithTags(Tag)
            .WithSummary("Arrangementen die je mag zien als rijen voor een overzicht, met dezelfde filters en pagina's")
            .WithDescription(
                "Dezelfde selectie, volgorde en cursors als /arrangementen, maar per arrangement alleen wat een lijst toont: " +
                "leerling, vestiging, soort, status, periode, behandeldeadline en evaluatie. Doelen, ondersteuningsbehoeften, " +
                "besluit en geschiedenis staan alleen in het arrangement zelf. Voor mensen; een LAS gebruikt /arrangementen.")
            .Produces<ArrangementOverzichtDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization();

        api.MapGet(Pad + "/wijzigingen", async ([FromQuery] string? token, [FromQuery] int? pageSize, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var uitkomst = await sender.Send(new GeefArrangementWijzigingenQuery(token, pageSize), ct).ConfigureAwait(false);
                if (uitkomst.IsGelukt && uitkomst.Waarde.MeerWijzigingen)
                {
                    VolgendePagina.ZetLink(http, Pad + "/wijzigingen", "token", uitkomst.Waarde.WijzigingenToken);
                }

                return uitkomst.AlsAntwoord(http);
            })
            .WithName("geefArrangementWijzigingen")
            .MetParameter(ContractParameters.WijzigingenToken)
            .WithTags(Tag)
            .WithSummary("Welke arrangementen veranderden sinds je vorige synchronisatie")
            .WithDescription(
                "Oudste wijziging eerst, elk arrangement in zijn geheel (vervang je kopie). Arrangementen worden nooit verwijderd: " +
                "een beëindigd arrangement houdt status 'beeindigd'. Bewaar het nieuwe wijzigingenToken en roep meteen opnieuw aan " +
                "zolang meerWijzigingen true is. Een token dat de API niet voor deze feed gaf, dat veranderd is of voorbij de " +
                "laatste wijziging wijst, geeft 400 ongeldig-token: synchroniseer dan opnieuw volledig.")
            .Produces<ArrangementWijzigingenDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization();

        api.MapGet(Pad + "/werkvoorraad", async (ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GeefWerkvoorraadQuery(), ct).ConfigureAwait(false)).AlsAntwoord(http))
            .WithName("geefWerkvoorraad")
            .WithTags(Tag)
            .WithSummary("Mijn werkvoorraad: wat op jouw actie wacht, met deadlines")
            .WithDescription(
                "SWV-medewerkers: nieuwe aanvragen en aanvragen die op een besluit wachten (streeftermijn zes weken). Scholen: " +
                "vragen van het samenwerkingsverband. Uitvoerenden: te starten arrangementen, evaluaties en einddata binnen 30 dagen. " +
                "Vroegste deadline eerst; verlopen=true als de deadline voorbij is.")
            .Produces<WerkvoorraadDto>()
            .RequireAuthorization();

        api.MapGet(Pad + "/tellingen", async (ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GeefArrangementTellingenQuery(), ct).ConfigureAwait(false)).AlsAntwoord(http))
            .WithName("geefArrangementTellingen")
            .WithTags(Tag)
            .WithSummary("Hoeveel arrangementen van het samenwerkingsverband er in elke status zijn")
            .WithDescription(
                "Alle statussen van de levensloop, ook die met 0. De tellingen worden kort na elke stap bijgewerkt (uit de " +
                "gebeurtenissen van de arrangementen) en kunnen dus even achterlopen; bijgewerktOp zegt wanneer het laatst.")
            .Produces<ArrangementTellingenDto>()
            .RequireAuthorization();

        api.MapGet(Pad + "/{arrangementId:guid}", async (Guid arrangementId, ISender sender, HttpContext http, CancellationToken ct) =>
                Versiebeheer.Antwoord(await sender.Send(new GeefArrangementQuery(arrangementId), ct).ConfigureAwait(false), http))
            .WithName("geefArrangement")
            .MetParameter(ContractParameters.ArrangementId)
            .WithTags(Tag)
            .WithSummary("Eén arrangement met besluit, evaluaties en de hele geschiedenis")
            .WithDescription("De ETag is de versie: stuur haar mee in If-Match bij de volgende stap.")
            .Produces<ArrangementDto>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization();
    }

    /// <summary>Points the Link header at the next page, when there is one.</summary>
    private static IResult MetVolgendePagina<T>(Result<T> uitkomst, HttpContext http, string pad, Func<T, string?> volgendeCursor)
    {
        if (uitkomst.IsGelukt && volgendeCursor(uitkomst.Waarde) is { } volgende)
        {
            VolgendePagina.ZetLink(http, pad, "cursor", volgende);
        }

        return uitkomst.AlsAntwoord(http);
    }

    /// <summary>The filters of <c>IArrangementSelectie</c>, the same on both lists.</summary>
    private static RouteHandlerBuilder MetSelectieParameters(this RouteHandlerBuilder builder) => builder
        .MetParameter(ContractParameters.ArrangementStatus)
        .MetParameter(ContractParameters.SoortArrangement)
        .MetParameter(ContractParameters.VestigingFilter)
        .MetParameter(ContractParameters.PeriodeVan)
        .MetParameter(ContractParameters.PeriodeTot);
}
