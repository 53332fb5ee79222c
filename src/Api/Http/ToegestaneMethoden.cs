using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;

namespace PassendOnderwijs.Api.Http;

/// <summary>Finds the HTTP methods the routes on a path do support, for the Allow header of a 405 (RFC 9110 §15.5.6).</summary>
internal sealed class ToegestaneMethoden(EndpointDataSource endpoints)
{
    public IReadOnlyList<string> Voor(HttpContext context)
    {
        var pad = context.Request.Path;
        return endpoints.Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => Past(e.RoutePattern, pad))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private static bool Past(RoutePattern patroon, PathString pad)
    {
        var matcher = new TemplateMatcher(TemplateParser.Parse(patroon.RawText ?? string.Empty), new RouteValueDictionary());
        return matcher.TryMatch(pad, new RouteValueDictionary());
    }
}
