using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PassendOnderwijs.Infrastructure.Identiteit.TokenStatus;

internal static class TokenStatusRegistratie
{
    public static IServiceCollection AddTokenStatusCache(this IServiceCollection services, IConfiguration configuratie, AuthOpties auth)
    {
        var opties = configuratie.GetSection(TokenStatusOpties.Sectie).Get<TokenStatusOpties>() ?? new TokenStatusOpties();

        // A status outlives no token: a token the cache still remembers could not be used anyway.
        if (opties.MaximaleLeeftijd > auth.AccessTokenLevensduur)
        {
            opties.MaximaleLeeftijd = auth.AccessTokenLevensduur;
        }

        services.AddSingleton(opties);
        services.AddSingleton<TokenStatusCache>();
        return services;
    }

    /// <summary>Only with the embedded server: without the listener the cache is never trusted.</summary>
    public static IServiceCollection AddTokenStatusLuisteraar(this IServiceCollection services)
    {
        services.AddSingleton<TokenStatusLuisteraar>();
        services.AddHostedService(sp => sp.GetRequiredService<TokenStatusLuisteraar>());
        return services;
    }
}
