using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace PassendOnderwijs.Api.Http;

/// <summary>
/// Gives every successful GET under /api an ETag over the exact bytes of its representation, and answers a matching
/// If-None-Match with 304 and no body (RFC 9110 §13.1.2), so a client that polls only downloads what changed.
/// An endpoint that already set an ETag (a versioned resource) keeps its own. An endpoint that derives its version from
/// what fixes its content (<see cref="EigenInhoudsversie"/>) answers If-None-Match itself, before it reads anything,
/// and is passed through unbuffered, as is a streamed download.
/// </summary>
internal sealed class EtagMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) || !request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
            || context.GetEndpoint()?.Metadata is { } metadata
                && (metadata.GetMetadata<Tabeluitvoer.Stroomantwoord>() is not null || metadata.GetMetadata<EigenInhoudsversie>() is not null))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var origineel = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = origineel;
        }

        if (context.Response.StatusCode == StatusCodes.Status200OK)
        {
            // A versioned resource sets its version as ETag itself, so the same value works in If-Match.
            var etag = EntityTagHeaderValue.TryParse(context.Response.Headers.ETag.ToString(), out var eigen) ? eigen : BerekenEtag(buffer);
            context.Response.Headers.ETag = etag.ToString();
            if (KomtOvereen(request.GetTypedHeaders().IfNoneMatch, etag))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.ContentLength = null;
                context.Response.Headers.ContentType = default;
                return;
            }
        }

        if (buffer.Length == 0)
        {
            // Nothing written yet: leave the response open, so the status code pages can still add a problem body.
            return;
        }

        buffer.Position = 0;
        context.Response.ContentLength = buffer.Length;
        await buffer.CopyToAsync(origineel, context.RequestAborted).ConfigureAwait(false);
    }

    private static EntityTagHeaderValue BerekenEtag(MemoryStream inhoud)
    {
        var hash = SHA256.HashData(inhoud.GetBuffer().AsSpan(0, (int)inhoud.Length));
        return new EntityTagHeaderValue($"\"{Convert.ToBase64String(hash, 0, 16).TrimEnd('=').Replace('+', '-').Replace('/', '_')}\"");
    }

    /// <summary>If-None-Match uses the weak comparison: W/"x" matches "x".</summary>
    private static bool KomtOvereen(IList<EntityTagHeaderValue> ifNoneMatch, EntityTagHeaderValue etag) =>
        ifNoneMatch.Any(e => e.Equals(EntityTagHeaderValue.Any) || e.Compare(etag, useStrongComparison: false));
}
