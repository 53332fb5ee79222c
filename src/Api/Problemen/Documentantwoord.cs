using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PassendOnderwijs.Api.Http.Tabeluitvoer;
using PassendOnderwijs.Application.Common.Documenten;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Api.Problemen;

/// <summary>A generated document (the beschikking, the LBT dossier, an OPP version) as the PDF an endpoint returns.</summary>
internal static class Documentantwoord
{
    public const string Pdf = "application/pdf";

    /// <summary>Whether the client prefers a PDF to the list as CSV or XLSX (an export that offers all three).</summary>
    public static bool VraagtPdf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var gevraagd = request.GetTypedHeaders().Accept;
        double Voorkeur(string type) => gevraagd
            .Where(a => a.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        var pdf = Voorkeur(Pdf);
        return pdf > 0 && pdf >= Voorkeur(CsvTabel.Mediatype) && pdf >= Voorkeur(XlsxTabel.Mediatype);
    }

    /// <summary>The document as its PDF, with the record's version as ETag, or the problem.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> AlsPdfAsync<T>(
        this ISender sender, IQuery<Result<T>> query, HttpContext http, CancellationToken ct)
        where T : IDocumentbestand
    {
        var uitkomst = await sender.Send(query, ct).ConfigureAwait(false);
        if (!uitkomst.Lukt(out var bestand))
        {
            return ResultaatNaarHttp.AlsProbleem(uitkomst.Fouten, http);
        }

        // Inline, so a browser shows it in the preview; the name says what it is to whoever saves it.
        http.Response.Headers.ContentDisposition = $"inline; filename={bestand.Bestandsnaam}";
        http.Response.Headers.ETag = $"\"{bestand.Versie}\"";
        return TypedResults.File(bestand.Inhoud, Pdf);
    }
}
