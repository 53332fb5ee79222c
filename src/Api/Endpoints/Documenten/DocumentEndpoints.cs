using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Application.Common.Zaken;
using PassendOnderwijs.Api.Endpoints.Leerlingen;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Documenten;
using PassendOnderwijs.Application.Documenten.Commands.OntvangDocument;
using PassendOnderwijs.Application.Documenten.Queries.GeefDocumenten;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Application.Documenten.Commands.DeelDocumentMetOuders;
using PassendOnderwijs.Application.Documenten.Commands.StopDelenMetOuders;
using PassendOnderwijs.Application.Documenten.Queries.GeefDocumentinhoud;
using PassendOnderwijs.Domain.Documenten;

namespace PassendOnderwijs.Api.Endpoints.Documenten;

/// <summary>
/// The documents of a pupil's dossier. An upload is the file itself as the body (not JSON, not multipart), its name
/// in Content-Disposition; a download is the file with its recognised type, as an attachment, never to be rendered
/// in the API's origin. Whoever may see the pupil may see its documents; every upload, list and download is audited.
/// </summary>
internal static class DocumentEndpoints
{
    public const string Tag = "Documenten";
    private const string LeerlingDocumentenPad = LeerlingEndpoints.Pad + "/{leerlingId:guid}/documenten";
    private const string DocumentPad = "/documenten/{documentId:guid}";

    private static readonly ParameterBeschrijving ZaakArrangement = ContractParameters.ArrangementId with
    {
        Beschrijving = "Een arrangement van dezelfde leerling; noem hoogstens één van arrangementId, tlvId en oppId.",
    };

    private static readonly ParameterBeschrijving ZaakTlv = ContractParameters.TlvId with
    {
        Beschrijving = "Een toelaatbaarheidsverklaring (aanvraag) van dezelfde leerling; noem hoogstens één van arrangementId, tlvId en oppId.",
    };

    private static readonly ParameterBeschrijving ZaakOpp = ContractParameters.OppId with
    {
        Beschrijving = "Een ontwikkelingsperspectiefplan van dezelfde leerling; noem hoogstens één van arrangementId, tlvId en oppId.",
    };

    public static void MapDocumenten(this RouteGroupBuilder api)
    {
        api.MapPost(LeerlingDocumentenPad, OntvangDocument).WithName("ontvangDocument")
            .WithMetadata(new Bestandsinhoud(Documentbestand.Mediatypen, Document.MaxBytes))
            .MetParameter(ContractParameters.LeerlingId).MetParameter(ZaakArrangement).MetParameter(ZaakTlv).MetParameter(ZaakOpp)
            .Beschrijf(Tag,
                "Voeg een document toe aan het dossier van een leerling",
                $"De inhoud is het bestand zelf, geen JSON en geen multipart: stuur Content-Type {string.Join(", ", Documentbestand.Mediatypen)} " +
                "en de naam in Content-Disposition: attachment; filename*=UTF-8''verslag%20groep%205.pdf. Toegestaan zijn " +
                $"{DocumentsoortCodes.Toegestaan}, hoogstens {Document.MaxBytes / (1024 * 1024)} MB ({Document.MaxBytes} bytes; groter: 413). " +
                "Het soort wordt aan de inhoud herkend (de eerste bytes), nooit aan de naam of de Content-Type: een programma, een " +
                "webpagina (HTML), een SVG, een Word-document met macro's of een hernoemd bestand wordt geweigerd (400 " +
                "documentsoort-niet-toegestaan), een leeg bestand ook (document-leeg). Van de naam blijft alleen het laatste deel " +
                $"over, zonder stuurtekens, hoogstens {Bestandsnaam.MaximaleLengte} tekens. Met arrangementId, tlvId of oppId hoort " +
                "het document bij die zaak van dezelfde leerling (anders 422). Het antwoord noemt de SHA-256 van de inhoud.");
        api.MapGet(LeerlingDocumentenPad, GeefDocumenten).WithName("geefDocumenten")
            .MetParameter(ContractParameters.LeerlingId).MetParameter(ZaakArrangement).MetParameter(ZaakTlv).MetParameter(ZaakOpp)
            .Beschrijf(Tag,
                "De documenten in het dossier van een leerling",
                "Naam, soort, grootte, SHA-256, herkomst en zaak; de nieuwste eerst, zonder de inhoud. Met arrangementId, tlvId of " +
                "oppId alleen de documenten van die zaak. Haal een document op met GET /documenten/{documentId}.");
        api.MapGet(DocumentPad, GeefDocumentinhoud).WithName("geefDocumentinhoud")
            .WithMetadata(new Bestandsantwoord(Documentbestand.Antwoordtypen))
            .MetParameter(ContractParameters.DocumentId)
            .Beschrijf(Tag,
                "Download een document",
                "Het bestand zelf, met de Content-Type van het herkende soort, Content-Disposition: attachment met de naam, " +
                "X-Content-Type-Options: nosniff en als ETag de SHA-256 van de inhoud. Vraag met Accept: */* of het type van het document.");
        api.MapPost(DocumentPad + "/deling", DeelMetOuders).WithName("deelDocumentMetOuders").MetParameter(ContractParameters.DocumentId)
            .Beschrijf(Tag,
                "Deel een document met de ouders",
                "Alleen de school van de leerling. Vanaf nu zien de ouders en verzorgers die aan de leerling gekoppeld zijn dit document " +
                "in het ouderportaal (naam, soort, grootte, en het bestand zelf). Niets is vanzelf gedeeld. Al gedeeld: 409.");
        api.MapDelete(DocumentPad + "/deling", StopDelenMetOuders).WithName("stopDelenMetOuders").MetParameter(ContractParameters.DocumentId)
            .Beschrijf(Tag,
                "Stop met delen van een document met de ouders",
                "Alleen de school van de leerling. Vanaf nu zien de ouders het document niet meer; wat zij eerder downloadden staat in het auditlog. " +
                "Niet gedeeld: 409.");
    }

    private static async Task<Results<Created<DocumentDto>, ProblemHttpResult>> OntvangDocument(
        Guid leerlingId, [FromQuery] Guid? arrangementId, [FromQuery] Guid? tlvId, [FromQuery] Guid? oppId,
        ISender sender, HttpContext http, CancellationToken ct)
    {
        var inhoud = await Documentbestand.LeesAsync(http.Request, ct).ConfigureAwait(false);
        if (inhoud is null)
        {
            return Documentbestand.TeGroot();
        }

        var upload = Documentupload.Lees(Documentbestand.Bestandsnaam(http.Request), inhoud, Zaakverwijzing.Lees(arrangementId, tlvId, oppId));
        return (await sender.Send(new OntvangDocumentCommand(leerlingId, upload), ct).ConfigureAwait(false))
            .AlsNieuw(http, d => $"{DocumentPad.Replace("{documentId:guid}", d.Id.ToString(), StringComparison.Ordinal)}");
    }

    private static Task<Results<Ok<DocumentenDto>, ProblemHttpResult>> GeefDocumenten(
        Guid leerlingId, [FromQuery] Guid? arrangementId, [FromQuery] Guid? tlvId, [FromQuery] Guid? oppId,
        ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefDocumentenQuery(leerlingId, Zaakverwijzing.Lees(arrangementId, tlvId, oppId)), http, ct);

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> GeefDocumentinhoud(
        Guid documentId, ISender sender, HttpContext http, CancellationToken ct) =>
        AlsDownload(await sender.Send(new GeefDocumentinhoudQuery(documentId), ct).ConfigureAwait(false), http);

    private static Task<Results<Ok<DocumentDto>, ProblemHttpResult>> DeelMetOuders(Guid documentId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new DeelDocumentMetOudersCommand(documentId), http, ct);

    private static Task<Results<Ok<DocumentDto>, ProblemHttpResult>> StopDelenMetOuders(Guid documentId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new StopDelenMetOudersCommand(documentId), http, ct);

    /// <summary>A document's bytes as the answer to a download, for staff and ouders alike.</summary>
    internal static Results<FileStreamHttpResult, ProblemHttpResult> AlsDownload(Result<Documentinhoud> uitkomst, HttpContext http)
    {
        if (!uitkomst.Lukt(out var bestand))
        {
            return ResultaatNaarHttp.AlsProbleem(uitkomst.Fouten, http);
        }

        // An attachment with the recognised type, never inline: a document must not be rendered in the API's origin.
        // The file name goes out as filename (ASCII) and filename* (UTF-8); nosniff is on every answer.
        http.Response.Headers.ETag = $"\"{bestand.Document.Sha256}\"";
        return TypedResults.File(bestand.Inhoud, bestand.Document.Mediatype, bestand.Document.Bestandsnaam);
    }
}
