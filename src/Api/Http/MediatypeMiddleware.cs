using Microsoft.Net.Http.Headers;
using PassendOnderwijs.Api.OpenApi;

namespace PassendOnderwijs.Api.Http;

/// <summary>
/// The API speaks JSON. A request that sends another media type is refused with 415, and one that accepts no JSON
/// with 406, on every /api path, before authentication: such a request cannot succeed. It runs after routing, so
/// that the exceptions are the endpoints' own metadata rather than a list of paths here: an endpoint whose body is a
/// file (<see cref="Bestandsinhoud"/>) takes exactly its declared types, and one whose answer is a file
/// (<see cref="Bestandsantwoord"/>) is served only to a client that accepts one of its types, and a list with a second
/// representation (<see cref="NdjsonWeergave"/>) also to a client that accepts only that one.
/// </summary>
internal sealed class MediatypeMiddleware(RequestDelegate next)
{
    private static readonly MediaTypeHeaderValue[] Geleverd =
    [
        new("application/json"),
        new("application/problem+json"),
    ];

    private static readonly MediaTypeHeaderValue Yaml = new("application/yaml");
    private static readonly MediaTypeHeaderValue Ndjson = new(Http.Ndjson.Mediatype);

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            return next(context);
        }

        var metadata = context.GetEndpoint()?.Metadata;
        if (!AanvaardtGeleverdType(request, metadata?.GetMetadata<Bestandsantwoord>(), metadata?.GetMetadata<NdjsonWeergave>() is not null))
        {
            context.Response.StatusCode = StatusCodes.Status406NotAcceptable;
            return Task.CompletedTask;
        }

        var bestand = context.GetEndpoint()?.Metadata.GetMetadata<Bestandsinhoud>();
        if (HeeftInhoud(request) && !(bestand is not null ? bestand.Aanvaardt(request.ContentType) : IsJson(request.ContentType)))
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return Task.CompletedTask;
        }

        return next(context);
    }

    private static bool HeeftInhoud(HttpRequest request) =>
        request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0 || request.ContentType is not null;

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type) &&
        (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) ||
         type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase) && type.Type.Equals("application", StringComparison.OrdinalIgnoreCase));

    private static bool AanvaardtGeleverdType(HttpRequest request, Bestandsantwoord? bestand, bool ndjson)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return true;
        }

        var pad = request.Path.Value!;
        // A file answer is what the client asked for, in one of its types; a client that takes only JSON cannot use it.
        // Its failures are still problem+json, as for any request this middleware lets through.
        var geleverd = bestand is not null ? [.. bestand.Mediatypen.Select(m => new MediaTypeHeaderValue(m))]
            : pad.EndsWith(".yaml", StringComparison.Ordinal) ? [Yaml, .. Geleverd]
            : ndjson ? [.. Geleverd, Ndjson]
            : Geleverd;
        return accept.Any(gevraagd => gevraagd.Quality is not 0 && geleverd.Any(g => g.IsSubsetOf(gevraagd)));
    }
}
