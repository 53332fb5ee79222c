using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Api.Endpoints.Documenten;
using PassendOnderwijs.Application.Ouders.Queries.GeefGedeeldDocument;
using PassendOnderwijs.Application.Ouders.Queries.GeefGedeeldeDocumenten;
using PassendOnderwijs.Application.Ouders.Queries.GeefInzagen;
using PassendOnderwijs.Application.Ouders.Queries.GeefMijnKind;
using PassendOnderwijs.Application.Ouders.Queries.GeefMijnKinderen;

namespace PassendOnderwijs.Api.Endpoints.Ouderportaal;

/// <summary>
/// The parent portal: what an ouder or verzorger sees of their own children. Only the role ouder reaches these, and an
/// ouder reaches nothing else of the API; which children is the visibility filter's (the school's links).
/// </summary>
internal static class OuderportaalEndpoints
{
    private const string Tag = "Ouderportaal";
    private const string Pad = "/ouderportaal";

    /// <summary>The path of one child; everything the portal shows about a child is under it.</summary>
    public const string KindPad = Pad + "/kinderen/{leerlingId:guid}";

    public static void MapOuderportaal(this RouteGroupBuilder api)
    {
        api.MapGet(Pad + "/kinderen", GeefMijnKinderen).WithName("geefMijnKinderen").Beschrijf(Tag,
            "Uw kinderen",
            "De kinderen die hun school aan uw account koppelde: naam, geboortedatum, school en groep. Alleen voor ouders en verzorgers.");
        api.MapGet(KindPad, GeefMijnKind).WithName("geefMijnKind").MetParameter(ContractParameters.LeerlingId).Beschrijf(Tag,
            "Eén van uw kinderen", "Een kind dat niet aan uw account gekoppeld is, bestaat voor u niet (404).");
        api.MapGet(KindPad + "/inzagen", GeefInzagen).WithName("geefInzagen").MetParameter(ContractParameters.LeerlingId).Beschrijf(Tag,
            "Wie de gegevens van uw kind bekeek of gebruikte",
            "Alles wat het auditlog over uw kind bewaart, het nieuwste eerst, per pagina (cursor, standaard 50, hoogstens 100): wanneer, " +
            "welke gegevens, wat er gebeurde, wie (de rol en de school of het samenwerkingsverband; een gekoppeld systeem met zijn naam) " +
            "en waarom. Niet de naam van de medewerker: zie de README, Ouderportaal. Ook dit bekijken komt in het auditlog.");
        api.MapGet(KindPad + "/documenten", GeefGedeeldeDocumenten).WithName("geefGedeeldeDocumenten").MetParameter(ContractParameters.LeerlingId).Beschrijf(Tag,
            "De documenten die de school met u deelde",
            "Naam, soort, grootte en sinds wanneer gedeeld; het laatst gedeelde eerst. Andere documenten uit het dossier ziet u niet.");
        api.MapGet(KindPad + "/documenten/{documentId:guid}", GeefGedeeldDocument).WithName("geefGedeeldDocument")
            .WithMetadata(new Bestandsantwoord(Documentbestand.Antwoordtypen))
            .MetParameter(ContractParameters.LeerlingId).MetParameter(ContractParameters.DocumentId).Beschrijf(Tag,
                "Download een document dat de school met u deelde",
                "Het bestand zelf, als bijlage, met als ETag de SHA-256 van de inhoud. Een document dat niet (meer) gedeeld is: 404.");
    }

    private static Task<Results<Ok<GedeeldeDocumentenDto>, ProblemHttpResult>> GeefGedeeldeDocumenten(
        Guid leerlingId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefGedeeldeDocumentenQuery(leerlingId), http, ct);

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> GeefGedeeldDocument(
        Guid leerlingId, Guid documentId, ISender sender, HttpContext http, CancellationToken ct) =>
        DocumentEndpoints.AlsDownload(await sender.Send(new GeefGedeeldDocumentQuery(leerlingId, documentId), ct).ConfigureAwait(false), http);

    private static async Task<Results<Ok<InzagenDto>, ProblemHttpResult>> GeefInzagen(
        Guid leerlingId, [FromQuery] string? cursor, [FromQuery] int? pageSize, ISender sender, HttpContext http, CancellationToken ct)
    {
        var uitkomst = await sender.Send(new GeefInzagenQuery(leerlingId, cursor, pageSize), ct).ConfigureAwait(false);
        if (uitkomst.Lukt(out var pagina) && pagina.VolgendeCursor is { } volgende)
        {
            VolgendePagina.ZetLink(http, $"{Pad}/kinderen/{leerlingId}/inzagen", "cursor", volgende);
        }

        return uitkomst.AlsAntwoord(http);
    }

    private static Task<Results<Ok<KindDto>, ProblemHttpResult>> GeefMijnKind(Guid leerlingId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefMijnKindQuery(leerlingId), http, ct);

    private static Task<Results<Ok<KinderenDto>, ProblemHttpResult>> GeefMijnKinderen(ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefMijnKinderenQuery(), http, ct);
}
