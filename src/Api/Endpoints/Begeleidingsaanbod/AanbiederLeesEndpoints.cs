using Mediator;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Begeleidingsaanbod;
using PassendOnderwijs.Application.Begeleidingsaanbod.Queries.GeefAanbieder;
using PassendOnderwijs.Application.Begeleidingsaanbod.Queries.GeefAanbiederWijzigingen;
using PassendOnderwijs.Application.Begeleidingsaanbod.Queries.ZoekAanbieders;

namespace PassendOnderwijs.Api.Endpoints.Begeleidingsaanbod;

/// <summary>
/// Reading the register, for people (search, detail) and LAS systems (full copy, then only the changes). The sync
/// protocol is described once, in the README and in these descriptions.
/// </summary>
internal static class AanbiederLeesEndpoints
{
    public const string Pad = "/onderwijsbegeleidingsaanbieders";
    public const string Tag = "Begeleidingsaanbod";

    public static void MapAanbiederLezen(this RouteGroupBuilder api)
    {
        api.MapGet(Pad, async (
                [FromQuery] string? expertise, [FromQuery] string? werkgebied, [FromQuery] int? cluster, [FromQuery] string? naam,
                [FromQuery] string? geldigOp, [FromQuery] string? gewijzigdSinds, [FromQuery] string? cursor, [FromQuery] int? pageSize,
                ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var uitkomst = await sender.Send(
                    new ZoekAanbiedersQuery(expertise, werkgebied, cluster, naam, geldigOp, gewijzigdSinds, cursor, pageSize), ct).ConfigureAwait(false);
                if (uitkomst.IsGelukt && uitkomst.Waarde.VolgendeCursor is { } volgende)
                {
                    VolgendePagina.ZetLink(http, Pad, "cursor", volgende);
                }

                return uitkomst.AlsAntwoord(http);
            })
            .WithName("zoekAanbieders")
            .MetParameter(ContractParameters.ExpertiseFilter)
            .MetParameter(ContractParameters.Werkgebied)
            .MetParameter(ContractParameters.GeldigOp)
            .MetParameter(ContractParameters.GewijzigdSinds)
            .WithTags(Tag)
            .WithSummary("Zoek onderwijsbegeleidingsaanbieders, of haal het hele register op")
            .WithDescription(
                "Pagina's van hoogstens 100 (pageSize, standaard 50) in vaste volgorde; volgendeCursor en de Link-header " +
                "(rel=\"next\") wijzen naar de volgende pagina. Filters op het aanbod (expertise, werkgebied, geldigOp) gelden " +
                "voor één en hetzelfde aanbod. De laatste pagina draagt een wijzigingenToken (niet bij geldigOp of gewijzigdSinds, " +
                "want die selecties veranderen ook zonder wijziging): geef dat aan /onderwijsbegeleidingsaanbieders/wijzigingen " +
                "om daarna alleen wijzigingen op te halen.")
            .Produces<AanbiederPaginaDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization();

        api.MapGet(Pad + "/wijzigingen", async ([FromQuery] string? token, [FromQuery] int? pageSize, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var uitkomst = await sender.Send(new GeefAanbiederWijzigingenQuery(token, pageSize), ct).ConfigureAwait(false);
                if (uitkomst.IsGelukt && uitkomst.Waarde.MeerWijzigingen)
                {
                    VolgendePagina.ZetLink(http, Pad + "/wijzigingen", "token", uitkomst.Waarde.WijzigingenToken);
                }

                return uitkomst.AlsAntwoord(http);
            })
            .WithName("geefAanbiederWijzigingen")
            .MetParameter(ContractParameters.WijzigingenToken)
            .WithTags(Tag)
            .WithSummary("Wat er in het register veranderde sinds je vorige synchronisatie")
            .WithDescription(
                "Oudste eerst. 'gewijzigd': nieuw of gewijzigd, de aanbieder staat erbij (vervang je kopie). 'verwijderd': " +
                "verwijder je kopie (uit het register, of valt niet meer onder je selectie). Bewaar het nieuwe wijzigingenToken " +
                "en roep meteen opnieuw aan zolang meerWijzigingen true is. Een echt token ouder dan de bewaartermijn geeft 410 " +
                "token-verlopen; een token dat de API niet voor deze feed gaf, dat veranderd is of voorbij de laatste wijziging " +
                "wijst, geeft 400 ongeldig-token. Synchroniseer in beide gevallen opnieuw volledig.")
            .Produces<WijzigingenPaginaDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status410Gone)
            .RequireAuthorization();

        api.MapGet(Pad + "/{code}", async (string code, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var uitkomst = await sender.Send(new GeefAanbiederQuery(code), ct).ConfigureAwait(false);
                return ResultaatNaarHttp.AlsAntwoord(uitkomst, http);
            })
            .WithName("geefAanbieder")
            .MetParameter(ContractParameters.ObaCode)
            .WithTags(Tag)
            .WithSummary("Eén onderwijsbegeleidingsaanbieder met zijn aanbod en contactgegevens")
            .WithDescription("De ETag is de versie van de aanbieder: stuur haar mee in If-Match bij een wijziging.")
            .Produces<AanbiederDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization();
    }
}
