using Microsoft.Net.Http.Headers;
using PassendOnderwijs.Api.Endpoints.Organisaties;

namespace PassendOnderwijs.Api.Http;

/// <summary>
/// The API speaks JSON only. A request that sends another media type is refused with 415, and one that accepts no
/// JSON with 406, on every /api path and before routing: such a request cannot succeed anywhere in this API. The one
/// exception is the organisation import, whose body is a file: there, and only there, CSV and XLSX are accepted.
/// </summary>
internal sealed class MediatypeMiddleware(RequestDelegate next)
{
    private static readonly MediaTypeHeaderValue[] Geleverd =
    [
        new("application/json"),
        new("application/problem+json"),
    ];

    private static readonly MediaTypeHeaderValue Yaml = new("application/yaml");
    private static readonly MediaTypeHeaderValue Csv = new("text/csv");

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            return next(context);
        }

        if (!AanvaardtGeleverdType(request))
        {
            context.Response.StatusCode = StatusCodes.Status406NotAcceptable;
            return Task.CompletedTask;
        }

        if (HeeftInhoud(request) && !(IsImport(request) ? Importbestand.IsToegestaan(request.ContentType) : IsJson(request.ContentType)))
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return Task.CompletedTask;
        }

        return next(context);
    }

    private static bool HeeftInhoud(HttpRequest request) =>
        request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0 || request.ContentType is not null;

    private static bool IsImport(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Equals(ApiOpties.Basispad + OrganisatieImportEndpoints.Pad, StringComparison.Ordinal);

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type) &&
        (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) ||
         type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase) && type.Type.Equals("application", StringComparison.OrdinalIgnoreCase));

    private static bool AanvaardtGeleverdType(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return true;
        }

        var pad = request.Path.Value!;
        var geleverd = pad.EndsWith(".yaml", StringComparison.Ordinal) ? [Yaml, .. Geleverd]
            : pad.EndsWith("/export", StringComparison.Ordinal) ? [Csv, .. Geleverd]
            : Geleverd;
        return accept.Any(gevraagd => gevraagd.Quality is not 0 && geleverd.Any(g => g.IsSubsetOf(gevraagd)));
    }
}
