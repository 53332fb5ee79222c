using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.Identiteit;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Begeleidingsaanbod;
using PassendOnderwijs.Application.Common.Export;
using PassendOnderwijs.Infrastructure.Identiteit;

namespace PassendOnderwijs.Api;

internal static class ServiceRegistratie
{
    public static IServiceCollection AddApi(this IServiceCollection services, IConfiguration configuratie)
    {
        // Fail at start, not at the first request, when the public address is missing.
        _ = PubliekeUrl.Lees(configuratie);
        services.Configure<JsonOptions>(options =>
        {
            // Unknown fields are refused rather than silently dropped: a typo in a field name must not lose data.
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            options.SerializerOptions.MaxDepth = 32;
            options.SerializerOptions.Converters.Add(new StuurtekenWeigeraar());
        });
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

        // No request to this API needs more than this; a larger body is refused with 413 before it is read.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(options =>
        {
            options.Limits.MaxRequestBodySize = configuratie.GetValue("Api:MaximaleInhoudBytes", 1_048_576);

            // Naming the server and its version helps only an attacker.
            options.AddServerHeader = false;
            options.ConfigureEndpointDefaults(luisteren => luisteren.GebruikProbleemAntwoorden(options.Limits));
        });

        services.Configure<AanbiederSyncOpties>(configuratie.GetSection(AanbiederSyncOpties.Sectie));
        services.Configure<ExportOpties>(configuratie.GetSection(ExportOpties.Sectie));
        services.Configure<PassendOnderwijs.Application.Meldingen.Emailinstellingen>(configuratie.GetSection(PassendOnderwijs.Application.Meldingen.Emailinstellingen.Sectie));
        services.AddCompressie();
        services.AddProbleemDetails();
        services.AddContract();
        services.AddCorsBeleid(configuratie);
        services.AddAutorisatie();
        services.AddSessie();
        services.AddSingleton<ToegestaneMethoden>();
        services.AddSingleton(configuratie.GetSection("Snelheidsbegrenzing").Get<SnelheidsOpties>() ?? new SnelheidsOpties());
        var gelijktijdigheid = configuratie.GetSection("Gelijktijdigheid").Get<GelijktijdigheidOpties>() ?? new GelijktijdigheidOpties();
        services.AddSingleton(gelijktijdigheid);
        services.AddSingleton(_ => GelijktijdigheidMiddleware.Maak(gelijktijdigheid));
        return services;
    }
}
