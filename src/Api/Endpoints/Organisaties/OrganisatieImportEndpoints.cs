using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Organisaties.Commands.ImporteerOrganisaties;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Api.Endpoints.Organisaties;

/// <summary>
/// The import of schoolbesturen and scholen from a file. The body is the file itself (CSV or XLSX), the one operation
/// of this API whose body is not JSON (<c>MediatypeMiddleware</c> lets exactly these types through, here only).
/// </summary>
internal static class OrganisatieImportEndpoints
{
    public const string Pad = "/organisaties/import";

    public static void MapOrganisatieImport(this RouteGroupBuilder api)
    {
        api.MapPost(Pad, ImporteerOrganisaties).WithName("importeerOrganisaties")
            .WithMetadata(new Bestandsinhoud(Importbestand.Mediatypen))
            .Beschrijf(OrganisatieEndpoints.Tag,
                "Importeer schoolbesturen en scholen uit een CSV- of XLSX-bestand",
                "De inhoud is het bestand zelf (Content-Type text/csv of het XLSX-type). Met proefrun=true (de standaard) " +
                "verandert er niets en toont het verslag per schoolbestuur en school wat er zou gebeuren (nieuw, gewijzigd, " +
                "ongewijzigd) en elk probleem per regel en kolom. Met proefrun=false wordt alles in één keer doorgevoerd, " +
                "of niets als er een probleem is (400 met dezelfde problemen). Hetzelfde bestand nog eens verandert niets. " +
                "Hoogstens 5000 regels en 5 MiB; de kolommen staan in de README.");
    }

    private static async Task<Results<Ok<ImportverslagDto>, ProblemHttpResult>> ImporteerOrganisaties(
        [FromQuery] bool? proefrun, ISender sender, HttpContext http, CancellationToken ct)
    {
        var tabel = await Importbestand.LeesAsync(http.Request, ct).ConfigureAwait(false);
        var bestand = tabel.Lukt(out var gelezen) ? OrganisatiebestandLezer.Lees(gelezen) : Result<Organisatiebestand>.Mislukt(tabel.Fouten);
        return await sender.StuurAsync(new ImporteerOrganisatiesCommand(proefrun ?? true, bestand), http, ct).ConfigureAwait(false);
    }
}
