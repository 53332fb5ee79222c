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

    /// <summary>
    /// An export that offers a PDF besides the list (the ouder's log, the portfolio's yearly evaluation): the PDF when
    /// the client prefers it to CSV and XLSX, otherwise the list as <see cref="Tabelbestand"/> writes it. Only the
    /// format asked for is made (and audited).
    /// </summary>
    public static async Task<Results<PushStreamHttpResult, FileContentHttpResult, ProblemHttpResult>> PdfOfTabelAsync(
        this ISender sender,
        IQuery<Result<Pdfbestand>> pdf,
        Func<Task<Results<PushStreamHttpResult, ProblemHttpResult>>> tabel,
        HttpContext http,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(tabel);
        ArgumentNullException.ThrowIfNull(http);
        if (VraagtPdf(http.Request))
        {
            var uitkomst = await sender.Send(pdf, ct).ConfigureAwait(false);
            return uitkomst.Lukt(out var bestand)
                ? TypedResults.File(bestand.Inhoud, Pdf, bestand.Bestandsnaam)
                : ResultaatNaarHttp.AlsProbleem(uitkomst.Fouten, http);
        }

        return (await tabel().ConfigureAwait(false)).Result switch
        {
            PushStreamHttpResult stroom => stroom,
            ProblemHttpResult probleem => probleem,
            _ => throw new InvalidOperationException("An export is a file or a problem."),
        };
    }

    private static bool VraagtPdf(HttpRequest request)
    {
        var pdf = Tabelbestand.Voorkeur(request, Pdf);
        return pdf > 0 && pdf >= Tabelbestand.Voorkeur(request, CsvTabel.Mediatype) && pdf >= Tabelbestand.Voorkeur(request, XlsxTabel.Mediatype);
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
