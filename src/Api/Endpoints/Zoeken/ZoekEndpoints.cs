using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Zoeken;
using PassendOnderwijs.Application.Zoeken.Queries.Zoek;

namespace PassendOnderwijs.Api.Endpoints.Zoeken;

/// <summary>
/// The one search box of the staff screens. A POST with the search in the body, not a GET: what people type there
/// (names, dates of birth) must not end up in access logs, proxies or browser histories through a URL.
/// </summary>
internal static class ZoekEndpoints
{
    public const string Pad = "/zoekopdrachten";
    public const string Tag = "Zoeken";

    public static void MapZoeken(this RouteGroupBuilder api) =>
        api.MapPost(Pad, Zoek).WithName("zoek").Beschrijf(Tag,
            "Zoek leerlingen, arrangementen en aanbieders met één zoekterm",
            "Vindt leerlingen op een deel van de naam en/of de geboortedatum (14-03-2017 of 2017-03-14, bijvoorbeeld " +
            "\"sanne 14-03-2017\"), arrangementen op een deel van het beschikkingsnummer en onderwijsbegeleidingsaanbieders op " +
            $"een deel van de naam of de code. Minstens {Zoekterm.MinsteTekens} tekens naast een datum. Per soort het aantal " +
            $"gevonden en de eerste {ZoekresultatenDto.PerSoort}, elk met een href naar de resource (onder /api/v1). Alleen wat " +
            "u mag zien: een medewerker van een school alleen de eigen vestigingen, een expert alleen de leerlingen waarbij hij " +
            "betrokken is; een beheerder van het samenwerkingsverband ziet geen leerlingen en arrangementen (die groepen " +
            "ontbreken dan). Elke getoonde leerling, ook via een arrangement, komt in het auditlog. Niets wordt aangemaakt: " +
            "het antwoord is 200.");

    private static Task<Results<Ok<ZoekresultatenDto>, ProblemHttpResult>> Zoek(Zoekopdracht v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new ZoekQuery(v.Zoekterm), http, ct);
}
