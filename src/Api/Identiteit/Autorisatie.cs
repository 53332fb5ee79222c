using PassendOnderwijs.Application.Common.Autorisatie;

namespace PassendOnderwijs.Api.Identiteit;

/// <summary>Authorization policies: one per scope ("scope:aanbieders.lezen"), plus the default "authenticated".</summary>
internal static class Autorisatie
{
    public const string ScopeVoorvoegsel = "scope:";

    public static IServiceCollection AddAutorisatie(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<Application.Common.Abstractions.IHuidigeGebruiker, HuidigeGebruiker>();
        services.AddScoped<Application.Common.Abstractions.IVerzoekContext, VerzoekContext>();
        services.AddAuthorization(options =>
        {
            foreach (var scope in Scopes.Alle)
            {
                options.AddPolicy(ScopeVoorvoegsel + scope, beleid => beleid
                    .RequireAuthenticatedUser()
                    .RequireAssertion(context => ScopeClaims.Lees(context.User).Contains(scope)));
            }
        });
        return services;
    }

    /// <summary>The endpoint needs a token with this scope.</summary>
    public static TBuilder VereistScope<TBuilder>(this TBuilder builder, string scope)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(ScopeVoorvoegsel + scope);
}
