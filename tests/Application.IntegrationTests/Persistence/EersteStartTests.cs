using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PassendOnderwijs.Infrastructure;
using PassendOnderwijs.Infrastructure.Persistence;
using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Application.IntegrationTests.Persistence;

/// <summary>A newcomer's first start migrates an empty database without a single error in the log.</summary>
public class EersteStartTests
{
    [Test]
    public async Task Migrating_an_empty_database_logs_no_error()
    {
        // One name for every run (a role name is limited in length, so no Guid); a run that died left it behind.
        var verbindingen = await TestDatabase.VerbindingenAsync("passendonderwijs_test_eerste_start");
        await TestDatabase.VerwijderAsync(verbindingen);
        verbindingen = await TestDatabase.VerbindingenAsync("passendonderwijs_test_eerste_start");
        var fouten = new ConcurrentQueue<string>();
        try
        {
            var configuratie = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?>
                {
                    [DatabaseConfiguratie.OmgevingsVariabele] = verbindingen.Applicatie,
                    [DatabaseConfiguratie.EigenaarVariabele] = verbindingen.Eigenaar,
                })
                .Build();
            var services = new ServiceCollection()
                .AddLogging(l => l.AddProvider(new FoutenVanger(fouten)).SetMinimumLevel(LogLevel.Debug))
                .AddInfrastructure(configuratie);
            await using (var provider = services.BuildServiceProvider())
            {
                await DatabaseMigrator.MigreerAsync(provider, CancellationToken.None);
            }

            fouten.ShouldBeEmpty();
        }
        finally
        {
            await TestDatabase.VerwijderAsync(verbindingen);
        }
    }

    private sealed class FoutenVanger(ConcurrentQueue<string> fouten) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Vanger(categoryName, fouten);

        public void Dispose()
        {
        }

        private sealed class Vanger(string categorie, ConcurrentQueue<string> fouten) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    fouten.Enqueue($"{categorie}: {formatter(state, exception)}");
                }
            }
        }
    }
}
