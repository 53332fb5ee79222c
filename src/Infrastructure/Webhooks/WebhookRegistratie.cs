using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using PassendOnderwijs.Application.Webhooks;

namespace PassendOnderwijs.Infrastructure.Webhooks;

/// <summary>
/// Webhook delivery: the HttpClient (no redirects, no proxy, connects only to addresses that pass the SSRF rule)
/// with its Polly pipeline (a circuit breaker per endpoint, the timeout per attempt), the delivery round and its
/// background loop. The long retries are not Polly's: they are in the database (README, Webhooks).
/// </summary>
internal static class WebhookRegistratie
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuratie)
    {
        services.Configure<WebhookOpties>(configuratie.GetSection(WebhookOpties.Sectie));
        services.AddSingleton<IWebhookGeheimen, WebhookGeheimen>();
        services.AddSingleton<IWebhookAdrescontrole, WebhookAdrescontrole>();
        services.AddSingleton<INotificatiebron>(new Notificatiebron(configuratie[Identiteit.PubliekeUrl.Sleutel]));
        services.AddSingleton<IWebhookInstellingen, WebhookInstellingen>();
        services.AddScoped<IKoppelingRechten, KoppelingRechtenOpenIddict>();
        services.AddSingleton<WebhookVerzender>();
        services.AddScoped<INotificatievenster, Notificatievenster>();
        services.AddSingleton<WebhookBezorger>();

        services.AddHttpClient(WebhookVerzender.ClientNaam, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var loopback = sp.GetRequiredService<IOptions<WebhookOpties>>().Value.LoopbackToegestaan;
                return new SocketsHttpHandler
                {
                    AllowAutoRedirect = false,
                    UseProxy = false,
                    UseCookies = false,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                    ConnectCallback = (context, ct) => Adrescontrole.VerbindAsync(context.DnsEndPoint, loopback, ct),
                };
            })
            .AddResilienceHandler("webhooks", (pijplijn, context) =>
            {
                var opties = context.ServiceProvider.GetRequiredService<IOptions<WebhookOpties>>().Value;
                // Outer: a receiver that keeps failing is left alone for a while, so its backlog does not tie up the loop.
                pijplijn.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = 0.5,
                    MinimumThroughput = 10,
                    SamplingDuration = TimeSpan.FromSeconds(30),
                    BreakDuration = TimeSpan.FromSeconds(30),
                });
                pijplijn.AddTimeout(opties.Timeout);
            })
            // One pipeline, and so one circuit, per endpoint (scheme, host and port).
            .SelectPipelineByAuthority();

        if (configuratie.GetSection(WebhookOpties.Sectie).Get<WebhookOpties>()?.Aan ?? true)
        {
            services.AddHostedService<WebhookDispatcher>();
        }

        return services;
    }
}
