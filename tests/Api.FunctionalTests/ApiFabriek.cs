using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Infrastructure.Identiteit;
using PassendOnderwijs.Infrastructure.Persistence;
using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Api.FunctionalTests;

/// <summary>The real API in memory, on a real PostgreSQL test database, with a clock that stands still.</summary>
public sealed class ApiFabriek(
    string verbinding,
    Action<IServiceCollection>? vervang = null,
    IReadOnlyDictionary<string, string>? instellingen = null) : WebApplicationFactory<Program>
{
    /// <summary>
    /// Another instance of the API on this run's test database and key folder, as a second server behind a load
    /// balancer is: it does not migrate, and it signs and honours the same tokens and cookies as the run's own host.
    /// </summary>
    public static ApiFabriek NogEenInstantie(IReadOnlyDictionary<string, string>? instellingen = null)
    {
        var alle = new Dictionary<string, string> { ["Database:MigreerBijStart"] = "false", ["Auth:SleutelMap"] = TestOmgeving.SleutelMap };
        foreach (var (sleutel, waarde) in instellingen ?? new Dictionary<string, string>())
        {
            alle[sleutel] = waarde;
        }

        return new ApiFabriek(TestOmgeving.Database.Verbinding, instellingen: alle);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // Requests as the application role, migrations as the owner: the two roles of a deployment (README, Running it).
        builder.UseSetting(DatabaseConfiguratie.OmgevingsVariabele, verbinding);
        builder.UseSetting(DatabaseConfiguratie.EigenaarVariabele, TestOmgeving.Database.Eigenaar);
        builder.UseSetting("Auth:StaHttpToe", "true");
        builder.UseSetting("PubliekeUrl", "http://localhost/");
        builder.UseSetting("Spa:Herkomsten:0", "http://localhost");

        // The test clock stands still, so a rate-limit window never ends: high limits here, low ones where tested.
        builder.UseSetting("Snelheidsbegrenzing:AnoniemPerMinuut", "1000000");
        builder.UseSetting("Snelheidsbegrenzing:PerAanroeperPerMinuut", "1000000");
        builder.UseSetting("Snelheidsbegrenzing:AanmeldpogingenPerMinuut", "1000000");

        // No background dispatcher or deadline watch: they would race Respawn between tests. Tests drive them themselves.
        builder.UseSetting("Outbox:Aan", "false");
        builder.UseSetting("Termijnen:Aan", "false");

        // Nor a webhook delivery loop: webhook tests drive WebhookBezorger. Their receiver listens on 127.0.0.1.
        builder.UseSetting("Webhooks:Aan", "false");
        builder.UseSetting("Opschoning:Aan", "false");
        builder.UseSetting("Webhooks:LoopbackToegestaan", "true");

        // A small export cap, so a test reaches it with a few rows (the default is 50 000).
        builder.UseSetting("Export:MaximumRijen", "10");

        // A full copy of the register (ndjson) reads two aanbieders at a time, so the tests cross batch boundaries.
        builder.UseSetting("Aanbieders:KopieBatchgrootte", "2");

        // Readable log lines in test output; production writes JSON lines (README, Telemetry).
        builder.UseSetting("Logging:Console:FormatterName", "simple");
        foreach (var (sleutel, waarde) in instellingen ?? new Dictionary<string, string>())
        {
            builder.UseSetting(sleutel, waarde);
        }

        builder.ConfigureServices(services =>
        {
            services.AddTransient<IStartupFilter, Contract.ContractBewaking.Filter>();
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(new VasteKlok());

            // The production work factor (210,000 iterations, Pbkdf2WachtwoordHasherTests) costs a third of a second of
            // CPU per hash; every test registers and signs in people, which made it the largest part of this suite.
            // The stored hash names its own work factor, so everything else about passwords runs as in production.
            services.RemoveAll<IWachtwoordHasher>();
            services.AddSingleton<IWachtwoordHasher>(new Pbkdf2WachtwoordHasher(iteraties: 1_000));
            vervang?.Invoke(services);
        });
    }
}
