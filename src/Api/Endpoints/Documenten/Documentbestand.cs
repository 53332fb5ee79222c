using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Domain.Documenten;

namespace PassendOnderwijs.Api.Endpoints.Documenten;

/// <summary>
/// An uploaded document as it enters: the raw body (the file itself, up to <see cref="Document.MaxBytes"/>) and the
/// name from Content-Disposition. A larger body is a 413 problem, met before it is read (Content-Length) or after at
/// most one read past the limit; Kestrel's own limit for this request is a margin above it, so ours is met first.
/// </summary>
internal static class Documentbestand
{
    /// <summary>
    /// What a client may declare. The kind is decided by the bytes, never by this header; application/octet-stream is
    /// for a client that does not know the type, so a refused file still hears why instead of a bare 415.
    /// </summary>
    public static IReadOnlyList<string> Mediatypen { get; } =
        [.. Enum.GetValues<Documentsoort>().Select(s => s.Mediatype()), "application/octet-stream"];

    public static IReadOnlyList<string> Antwoordtypen { get; } = [.. Enum.GetValues<Documentsoort>().Select(s => s.Mediatype())];

    /// <summary>The body, or null when it is larger than <see cref="Document.MaxBytes"/>.</summary>
    public static async Task<byte[]?> LeesAsync(HttpRequest request, CancellationToken ct)
    {
        return await BegrensdeStroom.LeesAsync(request, Document.MaxBytes, ct).ConfigureAwait(false);
    }

    /// <summary>The name from <c>Content-Disposition: attachment; filename*=UTF-8''…</c> (or filename=…), or null.</summary>
    public static string? Bestandsnaam(HttpRequest request) =>
        ContentDispositionHeaderValue.TryParse(request.Headers.ContentDisposition.ToString(), out var cd)
            ? cd.FileNameStar.HasValue ? cd.FileNameStar.Value : HeaderUtilities.RemoveQuotes(cd.FileName).Value
            : null;

    public static ProblemHttpResult TeGroot()
    {
        var fout = Document.TeGroot;
        var details = new ProblemDetails
        {
            Status = StatusCodes.Status413PayloadTooLarge,
            Type = ProbleemTypen.Voor(fout.Code),
            Title = "Het bestand is te groot.",
            Detail = fout.Melding,
        };
        details.Extensions["errors"] = new[] { new ProbleemFout(fout.Code, fout.Melding, Pointer: null, Parameter: null) };
        return TypedResults.Problem(details);
    }
}
