namespace PassendOnderwijs.Api.Http;

/// <summary>
/// CORS for data endpoints: only the origins in Cors:ToegestaneHerkomsten, never "*". The SPA is served from the
/// API's own origin and needs none; a separately hosted SPA's origin goes in that list.
/// </summary>
internal static class CorsBeleid
{
    public static IServiceCollection AddCorsBeleid(this IServiceCollection services, IConfiguration configuratie)
    {
        var herkomsten = configuratie.GetSection("Cors:ToegestaneHerkomsten").Get<string[]>() ?? [];
        if (herkomsten.Contains("*"))
        {
            throw new InvalidOperationException("Cors:ToegestaneHerkomsten may not contain \"*\": data endpoints need an allow-list.");
        }

        services.AddCors(options => options.AddDefaultPolicy(beleid => beleid
            .WithOrigins(herkomsten)
            .WithMethods("GET", "POST", "PUT", "PATCH", "DELETE")
            .WithHeaders("Content-Type", "Accept", "Authorization", "If-Match", "If-None-Match", "Idempotency-Key")
            .WithExposedHeaders("API-Version", "ETag", "Location", "RateLimit", "RateLimit-Policy")));
        return services;
    }
}
