using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http.Tabeluitvoer;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Beleidsinformatie.Dashboard;
using PassendOnderwijs.Application.Beleidsinformatie.Dashboard.Queries.ExporteerBeleidsinformatie;
using PassendOnderwijs.Application.Beleidsinformatie.Dashboard.Queries.GeefBeleidsinformatie;

namespace PassendOnderwijs.Api.Endpoints.Beleidsinformatie;

/// <summary>The beleidsinformatie dashboard: a page for the SWV's staff, and the version for outsiders as a file.</summary>
internal static class BeleidsinformatieEndpoints
{
    private const string Tag = "Beleidsinformatie";
    private const string Pad = "/beleidsinformatie/dashboard";

    public static void MapBeleidsinformatie(this RouteGroupBuilder api)
    {
        api.MapGet(Pad, GeefDashboard).WithName("geefBeleidsinformatie").MetParameter(ContractParameters.Leerjaar)
            .Beschrijf(Tag,
                "De beleidsinformatie van een schooljaar",
                "Over één schooljaar (1 augustus tot en met 31 juli), voor het hele samenwerkingsverband of één regio, schoolbestuur of " +
                "school: de arrangementen die zijn aangevraagd per soort en status (met de uren en het budget van de toegekende), de " +
                "TLV's die zijn aangevraagd per soort en categorie, de nieuwe OPP's en of hun termijnen (vaststellen binnen 6 weken, elk " +
                "schooljaar evalueren) zijn gehaald, de doorlooptijd van aanvraag tot besluit (mediaan en 90e percentiel in dagen), de uren " +
                "van de experts, de aanmeldingen en of de school op tijd besliste, de thuiszitters op de laatste dag van het schooljaar, het " +
                "deelnamepercentage regulier onderwijs op 1 oktober tegen het streefpercentage (altijd van het hele samenwerkingsverband, " +
                "ook met een filter), en het verloop van deze cijfers over de vier schooljaren tot en met dit jaar. Alleen cijfers, geen leerling. Een aantal " +
                "van 1 tot de drempel van het samenwerkingsverband heeft klein: true; de versie voor buiten het bureau (voorBuiten=true, " +
                "en altijd het bestand) laat daar het cijfer weg, en ook bij de cijfers die het anders via een totaal verraden. Voor de " +
                "regionaal procesbegeleider, de beleidsmedewerker en de manager ondersteuning.");
        api.MapGet(Pad + "/export", ExporteerDashboard).WithName("exporteerBeleidsinformatie").AlsTabelbestand()
            .MetParameter(ContractParameters.Leerjaar)
            .Beschrijf(Tag,
                "De beleidsinformatie van een schooljaar als bestand",
                "Altijd de versie voor buiten het bureau: kleine aantallen zijn weggelaten. Eén regel per cijfer: onderdeel, onderwerp, " +
                "kengetal, waarde en toelichting. Vraag met Accept: text/csv (UTF-8 met BOM en ';' zoals Excel in het Nederlands het " +
                "opent) of " + XlsxTabel.Mediatype + ".");
    }

    private static Task<Results<Ok<BeleidsinformatieDto>, ProblemHttpResult>> GeefDashboard(
        [FromQuery] string? leerjaar, [FromQuery] string? regio, [FromQuery] string? vestiging, [FromQuery] Guid? bestuur, [FromQuery] bool? voorBuiten,
        ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefBeleidsinformatieQuery(leerjaar, regio, vestiging, bestuur, voorBuiten ?? false), http, ct);

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> ExporteerDashboard(
        [FromQuery] string? leerjaar, [FromQuery] string? regio, [FromQuery] string? vestiging, [FromQuery] Guid? bestuur,
        ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new ExporteerBeleidsinformatieQuery(leerjaar, regio, vestiging, bestuur), ct).ConfigureAwait(false))
            .AlsBestand(Beleidsinformatieregels.Van, Beleidsinformatieregels.Tabel, http);
}
