using PassendOnderwijs.Api.Benchmark;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using PassendOnderwijs.Api.Endpoints;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.Identiteit;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Spa;
using PassendOnderwijs.Infrastructure;

namespace PassendOnderwijs.Api;

internal static class Pijplijn
{
    /// <summary>The order is deliberate: headers first so every answer (errors included) carries them; requests the
    /// API can never serve (trailing slash, unacceptable media type) are refused before authentication; the media type
    /// right after routing, because the endpoints that take or give a file say so in their metadata. Compression wraps
    /// everything after it, so what the ETag middleware and the endpoints write is compressed once, at the end.</summary>
    public static void GebruikApiPijplijn(this WebApplication app)
    {
        app.UseMiddleware<Telemetrie.VerzoekActiviteitMiddleware>();
        app.GebruikVertrouwdeProxies();
        app.UseResponseCompression();
        app.UseExceptionHandler();
        app.UseMiddleware<StandaardHeadersMiddleware>();
        app.UseMiddleware<HostControleMiddleware>();
        app.UseStatusCodePages();
        app.UseMiddleware<SlotSchuinstreepMiddleware>();
        app.UseMiddleware<GelijktijdigheidMiddleware>();
        app.UseRouting();
        app.UseMiddleware<MediatypeMiddleware>();
        app.UseCors();
        app.UseMiddleware<SnelheidsbegrenzingMiddleware>(Fase.VoorAuthenticatie);
        app.UseAuthentication();
        app.UseMiddleware<SnelheidsbegrenzingMiddleware>(Fase.NaAuthenticatie);
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseMiddleware<EtagMiddleware>();

        app.GebruikContract();
        app.MapTokenEndpoint();
        app.MapAutorisatieEndpoints();
        app.MapInlogPagina();
        app.MapActiveringsPagina();
        app.MapExterneAanmelding();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(DependencyInjection.GereedTag) });
        if (app.Configuration.GetValue("Benchmark:Aan", defaultValue: false))
        {
            app.MapKaleAanbiederLijst();
        }

        app.MapGroup(ApiOpties.Basispad).AddEndpointFilter<QueryParametersFilter>().MapApiEndpoints();

        app.GebruikSpa();
    }
}
