using System.Diagnostics;
using System.Globalization;
using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Application;
using PassendOnderwijs.Application.Audit.Queries.GeefAuditRegels;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Infrastructure;
using PassendOnderwijs.Infrastructure.Persistence;
using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Benchmarks;

/// <summary>
/// What the audit log costs a read: the same audited query (one page of the audit log) through the full pipeline
/// (authorization, validation, handler, audit INSERT) versus the bare handler, on real PostgreSQL. Prints p50/p99.
/// </summary>
internal static class AuditOverhead
{
    private const int Opwarmen = 200;
    private const int Metingen = 2_000;

    public static async Task VoerUitAsync()
    {
        var database = await DatabaseHerstel.MaakAsync("passendonderwijs_benchmark");
        await database.LeegAsync();
        var configuratie = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [DatabaseConfiguratie.OmgevingsVariabele] = database.Verbinding })
            .Build();
        var services = new ServiceCollection().AddApplication().AddInfrastructure(configuratie);
        services.AddLogging();
        services.AddScoped<IHuidigeGebruiker, Beheerder>();
        services.AddScoped<IVerzoekContext, Verzoek>();
        await using var provider = services.BuildServiceProvider();

        var query = new GeefAuditRegelsQuery(Leerling: null, Actor: "benchmark", Cursor: null, PageSize: 1);
        var metAudit = await MeetAsync(provider, sp => sp.GetRequiredService<ISender>().Send(query).AsTask());
        var zonder = await MeetAsync(provider, sp => sp.GetRequiredService<GeefAuditRegelsHandler>().Handle(query, CancellationToken.None).AsTask());

        Console.WriteLine($"Audited read (page of the audit log), {Metingen} calls each, PostgreSQL on this machine:");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  bare handler           p50 {zonder.P50:F3} ms  p99 {zonder.P99:F3} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  pipeline + audit write p50 {metAudit.P50:F3} ms  p99 {metAudit.P99:F3} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  audit overhead         p50 +{metAudit.P50 - zonder.P50:F3} ms  p99 +{metAudit.P99 - zonder.P99:F3} ms"));
    }

    private static async Task<Meting> MeetAsync(IServiceProvider provider, Func<IServiceProvider, Task> aanroep)
    {
        var tijden = new List<double>(Metingen);
        for (var i = 0; i < Opwarmen + Metingen; i++)
        {
            await using var scope = provider.CreateAsyncScope();
            var start = Stopwatch.GetTimestamp();
            await aanroep(scope.ServiceProvider);
            if (i >= Opwarmen)
            {
                tijden.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        tijden.Sort();
        return new Meting(tijden[tijden.Count / 2], tijden[(int)(tijden.Count * 0.99)]);
    }

    private sealed record Meting(double P50, double P99);

    private sealed class Beheerder : IHuidigeGebruiker
    {
        public SoortAanroeper Soort => SoortAanroeper.Gebruiker;

        public string? Id => "benchmark";

        public string? Naam => "Benchmark";

        public string? Samenwerkingsverband => "PO2705";

        public IReadOnlyList<string> Rollen { get; } = ["swv-beheerder"];

        public IReadOnlyList<string> Vestigingen { get; } = [];

        public IReadOnlyList<string> Scopes { get; } = [];
    }

    private sealed class Verzoek : IVerzoekContext
    {
        public string? Herkomst => "127.0.0.1";

        public string? TraceId => null;
    }
}
