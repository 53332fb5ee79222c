using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Dossiers;
using PassendOnderwijs.Application.Dossiers.Commands.ImporteerDossier;
using PassendOnderwijs.Application.Dossiers.Commands.LegWeigeringVast;
using PassendOnderwijs.Application.Dossiers.Oso;
using PassendOnderwijs.Application.Dossiers.Queries.GeefDossierimport;
using PassendOnderwijs.Application.Dossiers.Queries.GeefDossierimports;
using PassendOnderwijs.Application.Dossiers.Queries.OpenBeschermdeGegevens;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Api.Endpoints.Dossiers;

/// <summary>
/// The OSO dossier a school's LAS (or its staff) delivers to the samenwerkingsverband: received as XML, checked
/// against the official XSD and the OSO rules, taken into the pupil's data, and answered with a report. A refusal
/// changes nothing and is audited without the content.
/// </summary>
internal static class DossierEndpoints
{
    public const string Pad = "/dossiers";
    public const string Tag = "Dossiers";
    private const string Een = Pad + "/{dossierimportId:guid}";
    private const string VanLeerling = "/leerlingen/{leerlingId:guid}/dossiers";

    private static readonly IReadOnlyList<string> Mediatypen = ["application/xml", "text/xml"];

    public static void MapDossiers(this RouteGroupBuilder api)
    {
        api.MapPost(Pad, Importeer).WithName("importeerDossier")
            .WithMetadata(new Bestandsinhoud(Mediatypen, IsTekst: true))
            .Beschrijf(Tag,
                "Lever het OSO-dossier van een leerling aan",
                "De inhoud is het dossier zelf: een OSO gegevensset (versie 2019.1) in een PaO-profiel voor samenwerkingsverbanden " +
                "(overstap POSWV of VOSWV, overdrachtsoort swv-dossier), met Content-Type application/xml, hoogstens 20 MB. Door een " +
                "koppeling met dossiers.aanleveren of een medewerker van de school, voor een leerling van de eigen vestigingen. Het dossier " +
                "wordt gecontroleerd tegen de officiële XSD en de OSO-regels die de XSD niet kan uitdrukken (een categorie die VERBODEN " +
                "of OPT-UIT is, moet ontbreken; codelijsten). Een ongeldig dossier is één 400 met elk probleem (hoogstens 100), met " +
                "regel, positie en XPath. Een DTD, een entiteit of een te diep of te groot document wordt geweigerd zonder het verder te " +
                "lezen. Een dossier van de verkeerde sector (VOSWV in een PO-samenwerkingsverband) is 422 " +
                "profiel-past-niet-bij-samenwerkingsverband. De leerling wordt herkend aan de leerlingsleutel van het LAS (leerlingid), " +
                "anders aan vestiging, naam en geboortedatum; bij twijfel 422 leerling-twijfelachtig: lever dan opnieuw aan met " +
                "leerlingId. Een BSN of onderwijsnummer wordt nooit bewaard. Het antwoord is de dossierimport met het verslag: wat is " +
                "aangemaakt, bijgewerkt en bewaard, en wat niet is overgenomen en waarom. Hetzelfde bestand nog eens maakt niets nieuws: " +
                "200 met de eerdere import. Een nieuwer dossier van dezelfde leerling vervangt het vorige als actueel dossier.");
        api.MapGet(Een, Geef).WithName("geefDossierimport").MetParameter(ContractParameters.DossierimportId).Beschrijf(Tag,
            "Een ontvangen dossier met zijn verslag",
            "Voor medewerkers van het samenwerkingsverband en van de school, en voor de koppeling van die school. Diagnoses staan er " +
            "nooit in, alleen of het dossier ze bevat (heeftBeschermdeGegevens).");
        api.MapGet(VanLeerling, GeefVanLeerling).WithName("geefDossierimports").MetParameter(ContractParameters.LeerlingId).Beschrijf(Tag,
            "De ontvangen dossiers van een leerling",
            "Nieuwste eerst: het actuele dossier en de eerdere, die het heeft vervangen.");
        api.MapPost(Een + "/beschermde-gegevens", OpenBeschermd).WithName("openBeschermdeGegevens").MetParameter(ContractParameters.DossierimportId).Beschrijf(Tag,
            "Open de diagnoses en het medicijngebruik uit een dossier, met een reden",
            "Alleen voor medewerkers van het samenwerkingsverband. Dit zijn gezondheidsgegevens (bijzondere persoonsgegevens): ze " +
            "staan nergens anders. De reden (10 tot 150 tekens) komt met de inzage in het auditlog.");
    }

    private static async Task<Results<Created<DossierimportDto>, Ok<DossierimportDto>, ProblemHttpResult>> Importeer(
        [FromQuery] Guid? leerlingId, ISender sender, HttpContext http, CancellationToken ct)
    {
        var xml = await BegrensdeStroom.LeesAsync(http.Request, OsoGrenzen.MaxBytes, ct).ConfigureAwait(false);
        var uitkomst = xml is null
            ? Result<DossierimportDto>.Mislukt(TeGroot())
            : await ImporteerAsync(sender, xml, leerlingId, ct).ConfigureAwait(false);
        // Also a dossier of another school is recorded; a caller without access to the import has none to this either.
        if (!uitkomst.IsGelukt && uitkomst.Fouten[0].Soort != FoutSoort.NietAangemeld)
        {
            await sender.Send(new LegWeigeringVastCommand(xml?.LongLength ?? http.Request.ContentLength ?? 0, uitkomst.Fouten.Select(f => f.Code).ToList()), ct).ConfigureAwait(false);
        }

        return uitkomst.AlsNieuwOfBestaand(http, d => d.Nieuw, d => $"{Pad}/{d.Id}");
    }

    /// <summary>
    /// A parallel delivery of the same dossier waits for the first; should two still meet at the unique content hash,
    /// the second is asked once more and then finds the first's import.
    /// </summary>
    private static async Task<Result<DossierimportDto>> ImporteerAsync(ISender sender, byte[] xml, Guid? leerlingId, CancellationToken ct)
    {
        var uitkomst = await sender.Send(new ImporteerDossierCommand(xml, leerlingId), ct).ConfigureAwait(false);
        return uitkomst.Fouten is [{ Soort: FoutSoort.Conflict, Code: "bestaat-al" }]
            ? await sender.Send(new ImporteerDossierCommand(xml, leerlingId), ct).ConfigureAwait(false)
            : uitkomst;
    }

    private static Fout TeGroot() => Fout.Ongeldig("dossier-te-groot", $"Een dossier is hoogstens {OsoGrenzen.MaxBytes / (1024 * 1024)} MB, met de bijlagen.");

    private static Task<Results<Ok<DossierimportDto>, ProblemHttpResult>> Geef(Guid dossierimportId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefDossierimportQuery(dossierimportId), http, ct);

    private static Task<Results<Ok<DossierimportsDto>, ProblemHttpResult>> GeefVanLeerling(Guid leerlingId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefDossierimportsQuery(leerlingId), http, ct);

    private static Task<Results<Ok<BeschermdeGegevensDto>, ProblemHttpResult>> OpenBeschermd(
        Guid dossierimportId, BeschermdeGegevensVerzoek verzoek, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new OpenBeschermdeGegevensQuery(dossierimportId, verzoek.Reden), http, ct);
}
