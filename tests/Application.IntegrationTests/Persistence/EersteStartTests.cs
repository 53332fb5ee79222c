using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
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
        var naam = $"passendonderwijs_test_eerste_start_{Guid.NewGuid():N}";
        var verbinding = await TestDatabase.VerbindingAsync(naam);
        var fouten = new ConcurrentQueue<string>();
        try
        {
            var configuratie = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { [DatabaseConfiguratie.OmgevingsVariabele] = verbinding })
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
            NpgsqlConnection.ClearAllPools();
            var beheer = new NpgsqlConnectionStringBuilder(verbinding) { Database = "postgres", Pooling = false };
            await using var connectie = new NpgsqlConnection(beheer.ConnectionString);
            await connectie.OpenAsync();
            await using var weg = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{naam}\" WITH (FORCE)", connectie);
            await weg.ExecuteNonQueryAsync();
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
