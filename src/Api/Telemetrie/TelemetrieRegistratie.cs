using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using PassendOnderwijs.Infrastructure.Outbox;

namespace PassendOnderwijs.Api.Telemetrie;

/// <summary>
/// Logs, traces and metrics. Traces and metrics go out over OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is
/// configured; otherwise OpenTelemetry is not registered at all, so no listener makes ASP.NET Core, HttpClient or Npgsql
/// record anything for it. The exporter reads the other standard <c>OTEL_*</c> settings (protocol, headers, timeout)
/// itself from the configuration (README, Telemetry).
/// </summary>
internal static class TelemetrieRegistratie
{
    public const string EindpuntSleutel = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>service.name unless OTEL_SERVICE_NAME says otherwise.</summary>
    public const string StandaardServiceNaam = "passendonderwijs-api";

    public static WebApplicationBuilder AddTelemetrie(this WebApplicationBuilder builder)
    {
        GebruikJsonLogregels(builder);
        if (IsAan(builder.Configuration))
        {
            AddOpenTelemetry(builder.Services, builder.Configuration["OTEL_SERVICE_NAME"]);
        }

        return builder;
    }

    public static bool IsAan(IConfiguration configuratie) =>
        !string.IsNullOrWhiteSpace(configuratie[EindpuntSleutel]) && !configuratie.GetValue("OTEL_SDK_DISABLED", defaultValue: false);

    /// <summary>
    /// Outside Development every log record is one JSON line (with its scopes: the request path and the trace id),
    /// UTC, which a log collector can take apart without guessing. An explicit Logging:Console:FormatterName wins: the
    /// local scripts and the test host keep the readable one.
    /// </summary>
    private static void GebruikJsonLogregels(WebApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment() || !string.IsNullOrWhiteSpace(builder.Configuration["Logging:Console:FormatterName"]))
        {
            return;
        }

        builder.Logging.AddJsonConsole(opties =>
        {
            opties.IncludeScopes = true;
            opties.UseUtcTimestamp = true;
            opties.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
        });
    }

    private static void AddOpenTelemetry(IServiceCollection services, string? serviceNaam)
    {
        var versie = typeof(TelemetrieRegistratie).Assembly.GetName().Version?.ToString() ?? ApiOpties.Versie;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                string.IsNullOrWhiteSpace(serviceNaam) ? StandaardServiceNaam : serviceNaam,
                serviceVersion: versie))
            .WithTracing(tracing => tracing
                // Probes ask every few seconds and say nothing an operator wants to follow.
                .AddAspNetCoreInstrumentation(opties => opties.Filter = http => !http.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddOtlpExporter())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(OutboxMeting.MeterNaam)
                // The outbox gauge exists only with telemetry on; the provider owns it from here.
                .AddInstrumentation(sp => sp.GetRequiredService<OutboxMeting>())
                .AddOtlpExporter());
    }
}
