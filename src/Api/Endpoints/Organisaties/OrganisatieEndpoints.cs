using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.Http.Tabeluitvoer;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Ondersteuning;
using PassendOnderwijs.Application.Organisaties;
using PassendOnderwijs.Application.Organisaties.Commands.LegClusterVast;
using PassendOnderwijs.Application.Organisaties.Commands.LegOndersteuningsprofielVast;
using PassendOnderwijs.Application.Organisaties.Commands.RegistreerSchool;
using PassendOnderwijs.Application.Organisaties.Commands.RegistreerSchoolbestuur;
using PassendOnderwijs.Application.Organisaties.Commands.RichtSamenwerkingsverbandIn;
using PassendOnderwijs.Application.Organisaties.Queries.ExporteerScholen;
using PassendOnderwijs.Application.Organisaties.Queries.GeefSamenwerkingsverband;
using PassendOnderwijs.Application.Organisaties.Queries.GeefScholen;
using PassendOnderwijs.Application.Organisaties.Queries.GeefSchool;
using PassendOnderwijs.Application.Organisaties.Queries.GeefSchoolbesturen;

namespace PassendOnderwijs.Api.Endpoints.Organisaties;

/// <summary>
/// The samenwerkingsverband's own reference data: its indeling, schoolbesturen and schools with their
/// ondersteuningsprofiel. The contract's failure responses follow from each message (its access rule, <c>KanFalen</c>
/// and If-Match).
/// </summary>
internal static class OrganisatieEndpoints
{
    public const string Tag = "Organisaties";
    private const string Samenwerkingsverband = "/samenwerkingsverband";
    private const string Schoolbesturen = "/schoolbesturen";
    private const string Scholen = "/scholen";
    private const string School = Scholen + "/{vestiging}";

    public static void MapOrganisaties(this RouteGroupBuilder api)
    {
        api.MapGet(Samenwerkingsverband, GeefSamenwerkingsverband).WithName("geefSamenwerkingsverband").Beschrijf(Tag, 
            "Het eigen samenwerkingsverband met zijn regio's en lokale netwerken");
        api.MapPut(Samenwerkingsverband, RichtSamenwerkingsverbandIn).WithName("richtSamenwerkingsverbandIn").Beschrijf(Tag, 
            "Leg naam en indeling (regio's met lokale netwerken) van het eigen samenwerkingsverband vast",
            "Vervangt naam en hele indeling; If-Match met de ETag is verplicht (428 zonder, 412 bij een verouderde versie). " +
            "De beheerder van het platform registreert het samenwerkingsverband eerst; daarvoor geeft dit 404.");
        api.MapGet(Schoolbesturen, GeefSchoolbesturen).WithName("geefSchoolbesturen").Beschrijf(Tag, 
            "De schoolbesturen in het samenwerkingsverband");
        api.MapPost(Schoolbesturen, RegistreerSchoolbestuur).WithName("registreerSchoolbestuur").Beschrijf(Tag, 
            "Registreer een schoolbestuur met zijn bevoegd-gezagnummer");
        api.MapGet(Scholen, GeefScholen).WithName("geefScholen").MetParameter(ContractParameters.SoortSchool).Beschrijf(Tag, 
            "De scholen (vestigingen) in het samenwerkingsverband met hun ondersteuningsprofiel",
            "Zoek op (een deel van) de naam of op vestiging (een BRIN vindt al haar vestigingen); filter op soort, regio en bestuur " +
            "(bevoegd-gezagnummer); sorteer op naam (standaard) of vestiging, aflopend met een minteken. Pagina's van hoogstens " +
            "500 (standaard 50) met een cursor; totaal is het aantal gevonden scholen over alle pagina's.");
        api.MapGet(Scholen + "/export", ExporteerScholen).WithName("exporteerScholen").AlsTabelbestand().MetParameter(ContractParameters.SoortSchool)
            .Beschrijf(Tag,
                "Exporteer de scholen van de lijst als CSV of Excel",
                "Dezelfde zoekvraag, filters (soort, regio, bestuur) en sortering als /scholen, maar alle scholen die erbij passen in " +
                "één bestand (geen pagina's): naam, vestiging, soort, schoolbestuur, regio en lokaal netwerk. Vraag met Accept: " +
                "text/csv of " + XlsxTabel.Mediatype + ". Boven het maximum (standaard 50.000 regels) 400 te-veel-rijen.");
        api.MapPost(Scholen, RegistreerSchool).WithName("registreerSchool").Beschrijf(Tag, 
            "Registreer een school (vestiging)",
            "Met BRIN + vestigingsnummer, soort, schoolbestuur, plek in de indeling en eventueel het ondersteuningsprofiel. Een vestiging " +
            "is een school in hoogstens één samenwerkingsverband per sector (een SO/VSO-school in dat voor PO en dat voor VO van haar " +
            "regio): een vestiging die hier of in een ander samenwerkingsverband van dezelfde sector al een school is, geeft 409 school-bestaat.");
        api.MapGet(School, GeefSchool).WithName("geefSchool").MetParameter(ContractParameters.Vestiging).Beschrijf(Tag, 
            "Eén school met haar ondersteuningsprofiel");
        api.MapPut(School + "/ondersteuningsprofiel", LegOndersteuningsprofielVast).WithName("legOndersteuningsprofielVast")
            .MetParameter(ContractParameters.Vestiging).Beschrijf(Tag, 
                "Vervang het schoolondersteuningsprofiel op de vijf IVO-velden", "Door een SWV-beheerder, of door een medewerker van die school.");
        api.MapPut(School + "/cluster", LegClusterVast).WithName("legClusterVast")
            .MetParameter(ContractParameters.Vestiging).Beschrijf(Tag,
                "Leg het cluster (1 of 2) van een SO/VSO-school vast of haal het weg",
                "Door een SWV-beheerder. Een school van cluster 1 of 2 heeft geen zorgplicht: bij een aanmelding daar loopt geen termijn. " +
                "Alleen voor een SO- of VSO-school en alleen cluster 1 of 2 (422 anders); cluster leeg (null) haalt het weg. Aanmeldingen die " +
                "al binnen zijn, houden wat zij hadden.");
    }

    private static Task<Results<Ok<SamenwerkingsverbandDto>, ProblemHttpResult>> GeefSamenwerkingsverband(
        ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefSamenwerkingsverbandQuery(), http, ct);

    private static Task<Results<Ok<SamenwerkingsverbandDto>, ProblemHttpResult>> RichtSamenwerkingsverbandIn(
        SamenwerkingsverbandVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new RichtSamenwerkingsverbandInCommand(http.VerwachteVersie(), v.Naam, v.Regios), http, ct);

    private static Task<Results<Ok<SchoolbesturenDto>, ProblemHttpResult>> GeefSchoolbesturen(ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefSchoolbesturenQuery(), http, ct);

    private static async Task<Results<Created<SchoolbestuurDto>, ProblemHttpResult>> RegistreerSchoolbestuur(
        SchoolbestuurVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new RegistreerSchoolbestuurCommand(v.Nummer, v.Naam), ct).ConfigureAwait(false))
            .AlsNieuw(http, _ => Schoolbesturen);

    private static async Task<Results<Ok<ScholenDto>, ProblemHttpResult>> GeefScholen(
        [FromQuery] string? soort, [FromQuery] string? regio, [FromQuery] string? zoek, [FromQuery] string? bestuur, [FromQuery] string? sorteer,
        [FromQuery] string? cursor, [FromQuery] int? pageSize, ISender sender, HttpContext http, CancellationToken ct)
    {
        var uitkomst = await sender.Send(new GeefScholenQuery(soort, regio, zoek, bestuur, sorteer, cursor, pageSize), ct).ConfigureAwait(false);
        if (uitkomst.Lukt(out var pagina) && pagina.VolgendeCursor is { } volgende)
        {
            VolgendePagina.ZetLink(http, Scholen, "cursor", volgende);
        }

        return uitkomst.AlsAntwoord(http);
    }

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> ExporteerScholen(
        [FromQuery] string? soort, [FromQuery] string? regio, [FromQuery] string? zoek, [FromQuery] string? bestuur, [FromQuery] string? sorteer,
        ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new ExporteerScholenQuery(soort, regio, zoek, bestuur, sorteer), ct).ConfigureAwait(false)).AlsBestand(SchoolTabel.Tabel, http);

    private static async Task<Results<Created<SchoolDto>, ProblemHttpResult>> RegistreerSchool(
        SchoolVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new RegistreerSchoolCommand(v.Lees()), ct).ConfigureAwait(false)).AlsNieuw(http, s => $"{Scholen}/{s.Vestiging}");

    private static Task<Results<Ok<SchoolDto>, ProblemHttpResult>> GeefSchool(string vestiging, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefSchoolQuery(vestiging), http, ct);

    private static Task<Results<Ok<SchoolDto>, ProblemHttpResult>> LegOndersteuningsprofielVast(
        string vestiging, IvoVeldenDto v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new LegOndersteuningsprofielVastCommand(http.VerwachteVersie(), ProfielVerzoek.Lees(vestiging, v)), http, ct);

    private static Task<Results<Ok<SchoolDto>, ProblemHttpResult>> LegClusterVast(
        string vestiging, ClusterVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new LegClusterVastCommand(http.VerwachteVersie(), ClusterVerzoek.Lees(vestiging, v)), http, ct);
}
