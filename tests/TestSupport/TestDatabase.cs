using System.Diagnostics;
using Npgsql;
using Testcontainers.PostgreSql;

namespace PassendOnderwijs.TestSupport;

/// <summary>
/// Which PostgreSQL the tests use (architecture.md): the connection string in PASSENDONDERWIJS_TEST_DB if set;
/// otherwise a Testcontainers PostgreSQL when a Docker engine answers; otherwise the local cluster that
/// scripts/local-db.sh starts (it installs and starts one when needed). Each test project gets its own database, so
/// projects can run in parallel. Never an in-memory fake.
/// </summary>
public static class TestDatabase
{
    public const string OmgevingsVariabele = "PASSENDONDERWIJS_TEST_DB";

    private static PostgreSqlContainer? _container;

    public static async Task<string> VerbindingAsync(string databaseNaam)
    {
        var uitOmgeving = Environment.GetEnvironmentVariable(OmgevingsVariabele);
        if (!string.IsNullOrWhiteSpace(uitOmgeving))
        {
            return await MetDatabaseAsync(uitOmgeving, databaseNaam).ConfigureAwait(false);
        }

        if (DockerLijktBeschikbaar())
        {
            try
            {
                _container = new PostgreSqlBuilder("postgres:15-alpine").Build();
                using var tijdslimiet = new CancellationTokenSource(TimeSpan.FromMinutes(3));
                await _container.StartAsync(tijdslimiet.Token).ConfigureAwait(false);
                return await MetDatabaseAsync(_container.GetConnectionString(), databaseNaam).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                await Console.Error.WriteLineAsync($"Testcontainers could not start PostgreSQL ({e.Message}); using the local cluster.").ConfigureAwait(false);
                _container = null;
            }
        }

        return await LokaalClusterAsync(databaseNaam).ConfigureAwait(false);
    }

    public static async Task StopAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static bool DockerLijktBeschikbaar() =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOCKER_HOST")) || File.Exists("/var/run/docker.sock");

    private static async Task<string> MetDatabaseAsync(string verbinding, string databaseNaam)
    {
        var beheer = new NpgsqlConnectionStringBuilder(verbinding) { Database = "postgres", Pooling = false };
        await using var connectie = new NpgsqlConnection(beheer.ConnectionString);
        await connectie.OpenAsync().ConfigureAwait(false);
        await using var bestaat = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @naam", connectie);
        bestaat.Parameters.AddWithValue("naam", databaseNaam);
        if (await bestaat.ExecuteScalarAsync().ConfigureAwait(false) is null)
        {
            await using var maak = new NpgsqlCommand($"CREATE DATABASE \"{databaseNaam}\"", connectie);
            await maak.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        return new NpgsqlConnectionStringBuilder(verbinding) { Database = databaseNaam }.ConnectionString;
    }

    private static async Task<string> LokaalClusterAsync(string databaseNaam)
    {
        var script = Path.Combine(Repository.Root, "scripts", "local-db.sh");
        var start = new ProcessStartInfo("bash", [script, "ensure", databaseNaam])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var proces = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + script);
        var uitvoer = proces.StandardOutput.ReadToEndAsync();
        var fouten = proces.StandardError.ReadToEndAsync();
        await proces.WaitForExitAsync().ConfigureAwait(false);
        if (proces.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} failed ({proces.ExitCode}): {await fouten.ConfigureAwait(false)}");
        }

        return (await uitvoer.ConfigureAwait(false)).Trim();
    }
}
