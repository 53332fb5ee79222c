using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PassendOnderwijs.Api.Http.Tabeluitvoer;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Beleidsinformatie.Leerlingaantallen;
using PassendOnderwijs.Application.Beleidsinformatie.Leerlingaantallen.Commands.LegLeerlingaantalVast;
using PassendOnderwijs.Application.Beleidsinformatie.Leerlingaantallen.Queries.ExporteerDeelnamepercentage;
using PassendOnderwijs.Application.Beleidsinformatie.Leerlingaantallen.Queries.GeefDeelnamepercentage;
using PassendOnderwijs.Application.Beleidsinformatie.Leerlingaantallen.Queries.GeefLeerlingaantallen;
using PassendOnderwijs.Application.Common.Tijd;

namespace PassendOnderwijs.Api.Endpoints.Beleidsinformatie;

/// <summary>
/// The pupils per vestiging per teldatum (1 October), entered by the bureau or delivered by a school's LAS, and the
/// deelnamepercentage regulier onderwijs they make, against the ondersteuningsplan's target.
/// </summary>
internal static class LeerlingaantallenEndpoints
{
    public const string Tag = "Beleidsinformatie";
    private const string Pad = "/leerlingaantallen";

    public static void MapLeerlingaantallen(this RouteGroupBuilder api)
    {
        api.MapGet(Pad, GeefDeelnamepercentage).WithName("geefDeelnamepercentage").Beschrijf(Tag,
            "Het deelnamepercentage regulier onderwijs per teldatum",
            "Per teldatum met ten minste één aantal, oudste eerst: de leerlingen in het regulier onderwijs, het sbo en het (v)so, " +
            "het deelnamepercentage (regulier gedeeld door alle drie) en hoeveel scholen zijn geteld; met het streefpercentage uit " +
            "het ondersteuningsplan (de beleidsinstellingen van vandaag). Exacte cijfers, voor de beleidsmedewerker en de manager ondersteuning.");
        api.MapGet(Pad + "/export", Exporteer).WithName("exporteerDeelnamepercentage").AlsTabelbestand().Beschrijf(Tag,
            "Het deelnamepercentage per teldatum als CSV of Excel, voor buiten het bureau",
            "Voor het bestuur, de Inspectie of publicatie: aantallen onder de drempel van het samenwerkingsverband (kleine aantallen) " +
            "en de aantallen die ze via een totaal zouden verraden, staan er als 'verborgen'; het percentage van zo'n teldatum ook. " +
            "Vraag met Accept: text/csv of " + XlsxTabel.Mediatype + ".");
        api.MapGet(Pad + "/{teldatum}", GeefLeerlingaantallen).WithName("geefLeerlingaantallen").MetParameter(ContractParameters.Teldatum).Beschrijf(Tag,
            "De leerlingaantallen van alle scholen op een teldatum",
            "Elke school (vestiging) van het samenwerkingsverband met haar soort, waar haar leerlingen meetellen (regulier, sbo of so) " +
            "en het aantal op de teldatum (leeg zolang niemand het gaf), met de optelling en het deelnamepercentage.");
        api.MapPut(Pad + "/{teldatum}/{vestiging}", LegVast).WithName("legLeerlingaantalVast")
            .MetParameter(ContractParameters.Teldatum).MetParameter(ContractParameters.Vestiging).Beschrijf(Tag,
            "Leg het aantal leerlingen van een school op een teldatum vast",
            "Door de beleidsmedewerker of de manager ondersteuning, of door het LAS van de school (scope leerlingaantallen.aanleveren, " +
            "alleen voor de eigen scholen van de koppeling). Hetzelfde aantal nog eens verandert niets. De teldatum is 1 oktober van een " +
            "jaar, niet in de toekomst; het aantal is 0 of meer; de school hoort bij het samenwerkingsverband. Elk probleem komt in één antwoord.");
    }

    private static Task<Results<Ok<DeelnamepercentageDto>, ProblemHttpResult>> GeefDeelnamepercentage(
        ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefDeelnamepercentageQuery(), http, ct);

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> Exporteer(ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new ExporteerDeelnamepercentageQuery(), ct).ConfigureAwait(false)).AlsBestand(Deelnametabel.Tabel, http);

    private static Task<Results<Ok<LeerlingaantallenDto>, ProblemHttpResult>> GeefLeerlingaantallen(
        string teldatum, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefLeerlingaantallenQuery(teldatum), http, ct);

    private static Task<Results<Ok<SchoolaantalDto>, ProblemHttpResult>> LegVast(
        string teldatum, string vestiging, LeerlingaantalVerzoek v, TimeProvider klok, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new LegLeerlingaantalVastCommand(teldatum, vestiging, v.Lees(teldatum, vestiging, NederlandseTijd.Vandaag(klok))), http, ct);
}

/// <summary>The columns of the deelnamepercentage's file: a hidden count says so, never its value.</summary>
internal static class Deelnametabel
{
    private const string Verborgen = "verborgen";

    public static Tabel<DeelnameregelDto> Tabel { get; } = new("deelnamepercentage",
    [
        new("Teldatum", r => Cel.AlsDatum(r.Teldatum)),
        new("Regulier onderwijs", r => Aantal(r.Regulier)),
        new("Speciaal basisonderwijs", r => Aantal(r.Sbo)),
        new("Speciaal onderwijs", r => Aantal(r.So)),
        new("Totaal", r => Aantal(r.Totaal)),
        new("Deelnamepercentage", r => r.Percentage is { } p ? Cel.AlsGetal(p) : Cel.AlsTekst(Verborgen)),
        new("Streefpercentage", r => Cel.AlsGetal(r.Streefpercentage)),
    ]);

    private static Cel Aantal(int? aantal) => aantal is { } a ? Cel.AlsGetal(a) : Cel.AlsTekst(Verborgen);
}
