namespace PassendOnderwijs.Api.Http;

/// <summary>The Link header (RFC 8288) to the next page: the same request with one parameter replaced.</summary>
internal static class VolgendePagina
{
    public static void ZetLink(HttpContext http, string pad, string parameter, string waarde)
    {
        ArgumentNullException.ThrowIfNull(http);
        var query = QueryString.Create(http.Request.Query.Where(q => q.Key != parameter)
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new(parameter, waarde)));
        http.Response.Headers.Link = $"<{ApiOpties.Basispad}{pad}{query}>; rel=\"next\"";
    }
}
