using Microsoft.Net.Http.Headers;

namespace PassendOnderwijs.Api.Http;

/// <summary>
/// The headers every response carries (api.md): API-Version, the security headers, a Content-Security-Policy fit
/// for what is served, and a Cache-Control that never lets a shared cache keep personal data.
/// </summary>
internal sealed class StandaardHeadersMiddleware(RequestDelegate next)
{
    public const string ApiCsp = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>The headers that are the same on every answer, also on those Kestrel makes itself (<see cref="KaleFoutantwoorden"/>).</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> Vast =
    [
        new("API-Version", ApiOpties.Versie),
        new(HeaderNames.XContentTypeOptions, "nosniff"),
        new(HeaderNames.XFrameOptions, "DENY"),
        new(HeaderNames.StrictTransportSecurity, "max-age=31536000; includeSubDomains"),
        new("Referrer-Policy", "no-referrer"),
    ];
    private const string SpaCsp =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // Swagger UI sets inline styles on its elements; it holds no personal data and is same-origin only.
    private const string SwaggerCsp =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            ZetHeaders(context);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static void ZetHeaders(HttpContext context)
    {
        var headers = context.Response.Headers;
        var pad = context.Request.Path;
        var isApi = pad.StartsWithSegments(ApiOpties.Basispad, StringComparison.Ordinal);

        foreach (var (naam, waarde) in Vast)
        {
            headers[naam] = waarde;
        }

        // An API endpoint that serves a document of its own (the SWV's SVG logo) sets the policy that document needs.
        if (!(isApi && headers.ContainsKey(HeaderNames.ContentSecurityPolicy)))
        {
            headers.ContentSecurityPolicy = isApi || pad.StartsWithSegments("/health", StringComparison.Ordinal)
                ? ApiCsp
                : pad.StartsWithSegments("/swagger", StringComparison.Ordinal) ? SwaggerCsp : SpaCsp;
        }

        if (isApi && !headers.ContainsKey(HeaderNames.CacheControl))
        {
            var openbaar = context.GetEndpoint()?.Metadata.GetMetadata<OpenbareReferentiedata>() is not null;
            headers.CacheControl = openbaar ? OpenbareReferentiedata.CacheControl : "no-store";
        }

        // The contract is public: any origin may read it (ADR /core/publish-openapi). Data endpoints use the allow-list.
        if (pad.Equals(ApiOpties.ContractPad, StringComparison.Ordinal))
        {
            headers.AccessControlAllowOrigin = "*";
        }
    }
}
