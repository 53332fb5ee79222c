using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using PassendOnderwijs.Infrastructure.Outbox;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Api.FunctionalTests.Telemetrie;

/// <summary>
/// Telemetry is off unless an OTLP endpoint is configured, and then exports what operators need; the traceId of every
/// problem is the W3C trace id of the request, whether telemetry is on or not (README, Telemetry).
/// </summary>
[NonParallelizable]
public class TelemetrieTests : ArrangementTest
{
    private const string TraceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    private const string OuderSpanId = "00f067aa0ba902b7";
    private const string Traceparent = $"00-{TraceId}-{OuderSpanId}-01";

    [Test]
    public void Without_an_OTLP_endpoint_OpenTelemetry_is_not_registered_at_all()
    {
        var services = TestOmgeving.Fabriek.Services;

        services.GetService<TracerProvider>().ShouldBeNull();
        services.GetService<MeterProvider>().ShouldBeNull();
        services.GetServices<IHostedService>().ShouldNotContain(s => s.GetType().FullName!.StartsWith("OpenTelemetry", StringComparison.Ordinal));
    }

    [TestCase("/api/v1/bestaat-niet", 404)]
    [TestCase("/api/v1/expertises?jaar=2030-2031", 400)]
    public async Task A_problem_carries_the_trace_id_of_the_callers_traceparent(string pad, int status)
    {
        var probleem = await ProbleemAsync(await MetTraceparentAsync(Client, pad), status);

        probleem.GetProperty("traceId").GetString().ShouldBe(TraceId);
    }

    [Test]
    public async Task The_audit_record_of_a_read_carries_the_same_trace_id()
    {
        var (id, _) = await VraagAanAsync();
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, $"{Pad}/{id}");
        verzoek.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Medewerker);
        verzoek.Headers.Add("traceparent", Traceparent);
        using var response = await Client.SendAsync(verzoek);
        ((int)response.StatusCode).ShouldBe(200);

        await using var scope = TestOmgeving.Fabriek.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();
        (await db.AuditRegels.IgnoreQueryFilters().CountAsync(r => r.TraceId == TraceId && r.ResourceId == id.ToString())).ShouldBe(1);
    }

    [Test]
    public async Task A_problem_carries_a_W3C_trace_id_when_nothing_listens_to_requests()
    {
        // With logging off and telemetry off ASP.NET Core starts no activity of its own.
        await using var fabriek = new ApiFabriek(TestOmgeving.Database.Verbinding, instellingen: new Dictionary<string, string>
        {
            ["Logging:LogLevel:Default"] = "None",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "None",
        });
        using var client = fabriek.CreateClient();

        var metOuder = await ProbleemAsync(await MetTraceparentAsync(client, "/api/v1/bestaat-niet"), 404);
        var zonderOuder = await ProbleemAsync(await client.GetAsync("/api/v1/bestaat-niet"), 404);

        metOuder.GetProperty("traceId").GetString().ShouldBe(TraceId);
        zonderOuder.GetProperty("traceId").GetString()!.ShouldMatch("^[0-9a-f]{32}$");
    }

    [Test]
    public async Task With_an_OTLP_endpoint_traces_and_metrics_are_exported_and_the_server_span_has_the_problems_trace_id()
    {
        await using var ontvanger = new OtlpOntvanger();
        var spans = new List<Activity>();
        var metingen = new List<Metric>();
        await using var fabriek = new ApiFabriek(
            TestOmgeving.Database.Verbinding,
            services =>
            {
                services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
                services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(metingen));
            },
            new Dictionary<string, string>
            {
                ["OTEL_EXPORTER_OTLP_ENDPOINT"] = ontvanger.Adres,
                ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
                // As in production: no formatter named, so JSON lines.
                ["Logging:Console:FormatterName"] = string.Empty,
            });
        using var client = fabriek.CreateClient();

        var probleem = await ProbleemAsync(await MetTraceparentAsync(client, "/api/v1/bestaat-niet"), 404);
        using var lijst = await client.GetAsync("/api/v1/expertises");
        ((int)lijst.StatusCode).ShouldBe(200);
        fabriek.Services.GetRequiredService<TracerProvider>().ForceFlush().ShouldBeTrue();
        fabriek.Services.GetRequiredService<MeterProvider>().ForceFlush().ShouldBeTrue();

        probleem.GetProperty("traceId").GetString().ShouldBe(TraceId);
        var server = spans.Single(s => s.Kind == ActivityKind.Server && s.TraceId.ToHexString() == TraceId);
        server.ParentSpanId.ToHexString().ShouldBe(OuderSpanId);
        server.GetTagItem("http.response.status_code").ShouldBe(404);
        var lijstSpan = spans.Single(s => s.Kind == ActivityKind.Server && s.GetTagItem("http.route") as string == "/api/v1/expertises");
        spans.ShouldContain(s => s.Source.Name == "Npgsql" && s.TraceId == lijstSpan.TraceId, "a database call is a child of its request");

        var namen = metingen.Select(m => m.Name).ToHashSet();
        namen.ShouldContain("http.server.request.duration");
        namen.ShouldContain("db.client.connection.count");
        namen.ShouldContain(OutboxMeting.Berichten);
        namen.ShouldContain(OutboxMeting.OudsteWachtend);
        Punten(metingen, "http.server.request.duration").ShouldContain(
            tags => (string?)tags.GetValueOrDefault("http.route") == "/api/v1/expertises" && Equals(tags.GetValueOrDefault("http.response.status_code"), 200));

        ontvanger.Paden.ShouldContain("/v1/traces");
        ontvanger.Paden.ShouldContain("/v1/metrics");

        var console = fabriek.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        console.FormatterName.ShouldBe(ConsoleFormatterNames.Json);
        var json = fabriek.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue;
        json.IncludeScopes.ShouldBeTrue();
        json.UseUtcTimestamp.ShouldBeTrue();
    }

    [Test]
    public async Task The_outbox_gauge_counts_waiting_and_given_up_events_from_the_table()
    {
        // The test host runs no dispatcher, so every event stays waiting; one arrangement's events are then given up.
        var (eerste, _) = await VraagAanAsync();
        await VraagAanAsync();
        long wachtend, mislukt;
        await using (var scope = TestOmgeving.Fabriek.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();
            mislukt = await db.OutboxBerichten.Where(b => b.AggregaatId == eerste.ToString())
                .ExecuteUpdateAsync(b => b.SetProperty(x => x.MisluktOp, DateTimeOffset.UtcNow));
            wachtend = await db.OutboxBerichten.CountAsync(b => b.VerwerktOp == null && b.MisluktOp == null);
        }

        var services = TestOmgeving.Fabriek.Services;
        var factory = services.GetRequiredService<IMeterFactory>();
        _ = services.GetRequiredService<OutboxMeting>();
        var gemeten = new Dictionary<string, long>();
        using var luisteraar = new MeterListener
        {
            InstrumentPublished = (instrument, luister) =>
            {
                if (instrument.Meter.Scope == factory && instrument.Name == OutboxMeting.Berichten)
                {
                    luister.EnableMeasurementEvents(instrument);
                }
            },
        };
        luisteraar.SetMeasurementEventCallback<long>((_, waarde, tags, _) =>
            gemeten[(string)tags.ToArray().Single(t => t.Key == OutboxMeting.Toestand).Value!] = waarde);
        luisteraar.Start();
        luisteraar.RecordObservableInstruments();

        mislukt.ShouldBeGreaterThan(0);
        wachtend.ShouldBeGreaterThan(0);
        gemeten.ShouldBe(new Dictionary<string, long> { ["wachtend"] = wachtend, ["mislukt"] = mislukt });
    }

    private static async Task<HttpResponseMessage> MetTraceparentAsync(HttpClient client, string pad)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, pad);
        verzoek.Headers.Add("traceparent", Traceparent);
        return await client.SendAsync(verzoek);
    }

    private static IEnumerable<Dictionary<string, object?>> Punten(IEnumerable<Metric> metingen, string naam)
    {
        foreach (var metric in metingen.Where(m => m.Name == naam))
        {
            foreach (ref readonly var punt in metric.GetMetricPoints())
            {
                var tags = new Dictionary<string, object?>();
                foreach (var tag in punt.Tags)
                {
                    tags[tag.Key] = tag.Value;
                }

                yield return tags;
            }
        }
    }
}
