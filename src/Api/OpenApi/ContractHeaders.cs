using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace PassendOnderwijs.Api.OpenApi;

/// <summary>
/// The response headers of the contract. API-Version and ETag are written out where they occur; the others are shared
/// components (components.headers) that every response refers to, so the document says it once.
/// </summary>
internal static class ContractHeaders
{
    public const string ApiVersie = "API-Version";
    public const string RateLimit = "RateLimit";
    public const string RateLimitPolicy = "RateLimit-Policy";
    public const string RetryAfter = "Retry-After";
    public const string Link = "Link";
    public const string Location = "Location";
    public const string WwwAuthenticate = "WWW-Authenticate";

    /// <summary>The shared headers, for components.headers.</summary>
    public static Dictionary<string, IOpenApiHeader> Componenten() => new()
    {
        [RateLimit] = Tekst(
            "Wat er nog over is in het huidige venster (IETF draft-ietf-httpapi-ratelimit-headers): r = resterende verzoeken, " +
            "t = seconden tot het venster opnieuw begint.",
            "\"per-aanroeper\";r=599;t=42"),
        [RateLimitPolicy] = Tekst(
            "Welke limiet voor dit verzoek geldt: q = verzoeken per venster, w = venster in seconden.",
            "\"per-aanroeper\";q=600;w=60"),
        [RetryAfter] = new OpenApiHeader
        {
            Description = "Na hoeveel seconden u het opnieuw kunt proberen.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "0", Examples = [JsonValue.Create(42)] },
        },
        [Link] = Tekst("De volgende pagina (RFC 8288), zolang er een is.", "</api/v1/arrangementen?cursor=eyJJZCI6IjAxOTcifQ>; rel=\"next\""),
        [Location] = Tekst("Waar de nieuwe resource te vinden is.", "/api/v1/arrangementen/0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d"),
        [WwwAuthenticate] = Tekst(
            "De uitdaging volgens RFC 6750: Bearer, bij een ongeldig token ook met error en error_description. Een 403 voor een " +
            "koppeling zonder de nodige scope heeft error=\"insufficient_scope\" en in scope de scopes (met spaties ertussen) " +
            "waarvan één volstaat.",
            "Bearer error=\"insufficient_scope\", scope=\"arrangementen.lezen\""),
    };

    public static IOpenApiHeader Referentie(string naam, OpenApiDocument document) => new OpenApiHeaderReference(naam, document);

    private static OpenApiHeader Tekst(string beschrijving, string voorbeeld) => new()
    {
        Description = beschrijving,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, Examples = [JsonValue.Create(voorbeeld)] },
    };

    public static OpenApiHeader ApiVersieHeader() => new()
    {
        Description = "De volledige versie (SemVer) van de API die antwoordt.",
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, Examples = [JsonValue.Create(ApiOpties.Versie)] },
    };

    public static OpenApiHeader EtagHeader() => new()
    {
        Description = "Versie van deze representatie; stuur haar terug in If-None-Match om alleen wijzigingen op te halen.",
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };
}
