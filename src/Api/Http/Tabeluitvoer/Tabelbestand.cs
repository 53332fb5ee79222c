using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Api.Http.Tabeluitvoer;

/// <summary>
/// The one way every list is exported: <c>GET /…/export</c> with the list's filters, answered as CSV or as an Excel
/// workbook as the Accept header asks, streamed as an attachment named after the list and today
/// (arrangementen-2027-03-14.csv). A failure (bad filters, too many rows, no access) is problem+json as anywhere.
/// </summary>
internal static class Tabelbestand
{
    public static readonly IReadOnlyList<string> Mediatypen = [CsvTabel.Mediatype, XlsxTabel.Mediatype];

    /// <summary>
    /// Marks an export endpoint: only a client that accepts CSV or XLSX is served (<see cref="MediatypeMiddleware"/>),
    /// the contract lists both types for the 200, and the answer streams instead of being held for an ETag.
    /// </summary>
    public static RouteHandlerBuilder AlsTabelbestand(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new Bestandsantwoord(Mediatypen), new Stroomantwoord());

    public static Results<PushStreamHttpResult, ProblemHttpResult> AlsBestand<T>(
        this Result<IReadOnlyList<T>> uitkomst, Tabel<T> tabel, HttpContext http) =>
        uitkomst.AlsBestand(r => r, tabel, http);

    /// <param name="rijen">The rows in the use case's result.</param>
    public static Results<PushStreamHttpResult, ProblemHttpResult> AlsBestand<TInhoud, T>(
        this Result<TInhoud> uitkomst, Func<TInhoud, IReadOnlyList<T>> rijen, Tabel<T> tabel, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(uitkomst);
        ArgumentNullException.ThrowIfNull(rijen);
        ArgumentNullException.ThrowIfNull(tabel);
        ArgumentNullException.ThrowIfNull(http);
        if (!uitkomst.Lukt(out var inhoud))
        {
            return ResultaatNaarHttp.AlsProbleem(uitkomst.Fouten, http);
        }

        return Stroom(rijen(inhoud).ToAsyncEnumerable(), tabel, http);
    }

    /// <param name="rijen">
    /// The rows, read while the file streams out (e.g. a long log a batch at a time), so no maximum is needed and memory
    /// stays flat. They are read after the use case returned, within the same request and its scope.
    /// </param>
    public static Results<PushStreamHttpResult, ProblemHttpResult> AlsStroom<TInhoud, T>(
        this Result<TInhoud> uitkomst, Func<TInhoud, IAsyncEnumerable<T>> rijen, Tabel<T> tabel, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(uitkomst);
        ArgumentNullException.ThrowIfNull(rijen);
        ArgumentNullException.ThrowIfNull(tabel);
        ArgumentNullException.ThrowIfNull(http);
        return uitkomst.Lukt(out var inhoud) ? Stroom(rijen(inhoud), tabel, http) : ResultaatNaarHttp.AlsProbleem(uitkomst.Fouten, http);
    }

    private static PushStreamHttpResult Stroom<T>(IAsyncEnumerable<T> rijen, Tabel<T> tabel, HttpContext http)
    {
        var vandaag = NederlandseTijd.Vandaag(http.RequestServices.GetRequiredService<TimeProvider>());
        var xlsx = VraagtXlsx(http.Request);
        var bestandsnaam = $"{tabel.Naam}-{vandaag:yyyy-MM-dd}.{(xlsx ? "xlsx" : "csv")}";
        return xlsx
            ? TypedResults.Stream(s => XlsxTabel.SchrijfAsync(tabel, rijen, s, http.RequestAborted), XlsxTabel.Mediatype, bestandsnaam)
            : TypedResults.Stream(s => CsvTabel.SchrijfAsync(tabel, rijen, s, http.RequestAborted), CsvTabel.Mediatype + "; charset=utf-8", bestandsnaam);
    }

    /// <summary>
    /// XLSX when the client names it and prefers it to CSV; CSV otherwise, also for */* or no Accept at all: it is the
    /// simpler file and opens everywhere.
    /// </summary>
    internal static bool VraagtXlsx(HttpRequest request)
    {
        var xlsx = Voorkeur(request, XlsxTabel.Mediatype);
        return xlsx > 0 && xlsx >= Voorkeur(request, CsvTabel.Mediatype);
    }

    /// <summary>How much the Accept header wants <paramref name="type"/>: its highest q (1 when none is given), 0 when not named.</summary>
    internal static double Voorkeur(HttpRequest request, string type) => request.GetTypedHeaders().Accept
        .Where(a => a.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase))
        .Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
}

/// <summary>
/// Endpoint metadata: the answer is a download that streams as it is written. The ETag middleware leaves it alone: a
/// tag over a whole export would hold every byte in memory, and nobody polls an export.
/// </summary>
internal sealed record Stroomantwoord;
