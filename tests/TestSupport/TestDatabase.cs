using System.Diagnostics;
using System.Security.Cryptography;
using Npgsql;
using Testcontainers.PostgreSql;

namespace PassendOnderwijs.TestSupport;

/// <summary>
/// Which PostgreSQL the tests use (architecture.md): the connection string in PASSENDONDERWIJS_TEST_DB if set;
/// otherwise a Testcontainers PostgreSQL when a Docker engine answers; otherwise the local cluster that
/// scripts/local-db.sh starts (it installs and starts one when needed). Each test project gets its own database, so
/// projects can run in parallel. Never an in-memory fake.
/// Each database gets the two roles a deployment has (scripts/database-rollen.sql): an owner that migrates and an
/// application role that serves. On an external database whose user is not a superuser, no roles can be made: then
/// all three connections are that one user's, as before the roles existed.
/// </summary>
public static class TestDatabase
{
    public const string OmgevingsVariabele = "PASSENDONDERWIJS_TEST_DB";

    private static PostgreSqlContainer? _container;

    public static async Task<TestVerbindingen> VerbindingenAsync(string databaseNaam)
    {
        // NAME_eigenaar must fit PostgreSQL's 63 characters for a name (scripts/local-db.sh refuses the same).
        if (databaseNaam.Length > 54)
        {
            throw new ArgumentException("A test database's name has at most 54 characters: " + databaseNaam, nameof(databaseNaam));
        }

        var uitOmgeving = Environment.GetEnvironmentVariable(OmgevingsVariabele);
        if (!string.IsNullOrWhiteSpace(uitOmgeving))
        {
            return await MetRollenAsync(await MetDatabaseAsync(uitOmgeving, databaseNaam).ConfigureAwait(false), databaseNaam).ConfigureAwait(false);
        }

        if (DockerLijktBeschikbaar())
        {
            try
            {
                _container = new PostgreSqlBuilder("postgres:15-alpine").Build();
                using var tijdslimiet = new CancellationTokenSource(TimeSpan.FromMinutes(3));
                await _container.StartAsync(tijdslimiet.Token).ConfigureAwait(false);
                var beheer = await MetDatabaseAsync(_container.GetConnectionString(), databaseNaam).ConfigureAwait(false);
                return await MetRollenAsync(beheer, databaseNaam).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                await Console.Error.WriteLineAsync($"Testcontainers could not start PostgreSQL ({e.Message}); using the local cluster.").ConfigureAwait(false);
                _container = null;
            }
        }

        return await LokaalClusterAsync(databaseNaam).ConfigureAwait(false);
    }

    /// <summary>Drops a test database (its roles stay, for the next run of the same name).</summary>
    public static async Task VerwijderAsync(TestVerbindingen verbindingen)
    {
        ArgumentNullException.ThrowIfNull(verbindingen);
        NpgsqlConnection.ClearAllPools();
        var database = new NpgsqlConnectionStringBuilder(verbindingen.Beheer).Database;
        var beheer = new NpgsqlConnectionStringBuilder(verbindingen.Beheer) { Database = "postgres", Pooling = false };
        await using var connectie = new NpgsqlConnection(beheer.ConnectionString);
        await connectie.OpenAsync().ConfigureAwait(false);
        await using var weg = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connectie);
        await weg.ExecuteNonQueryAsync().ConfigureAwait(false);
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

    /// <summary>
    /// Gives the database its owner and application roles with scripts/database-rollen.sql, the file
    /// scripts/local-db.sh runs, when the given user is a superuser. Their passwords are new on every run: nothing
    /// outside this run needs them.
    /// </summary>
    private static async Task<TestVerbindingen> MetRollenAsync(string beheer, string databaseNaam)
    {
        await using var connectie = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(beheer) { Pooling = false }.ConnectionString);
        await connectie.OpenAsync().ConfigureAwait(false);
        await using (var superuser = new NpgsqlCommand("SELECT rolsuper FROM pg_roles WHERE rolname = current_user", connectie))
        {
            if (await superuser.ExecuteScalarAsync().ConfigureAwait(false) is not true)
            {
                await Console.Error.WriteLineAsync(
                    $"{OmgevingsVariabele} names no superuser: {databaseNaam} gets no owner and application roles, and the tests run as that one user.").ConfigureAwait(false);
                return new TestVerbindingen(beheer, beheer, beheer);
            }
        }

        var eigenaar = databaseNaam + "_eigenaar";
        var app = databaseNaam + "_app";
        var wachtwoordEigenaar = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        var wachtwoordApp = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        await using (var namen = new NpgsqlCommand(
            "SELECT set_config('passendonderwijs.eigenaar', @eigenaar, false), set_config('passendonderwijs.app', @app, false)", connectie))
        {
            namen.Parameters.AddWithValue("eigenaar", eigenaar);
            namen.Parameters.AddWithValue("app", app);
            await namen.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        var script = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "scripts", "database-rollen.sql")).ConfigureAwait(false);
        await using (var rollen = new NpgsqlCommand(script, connectie))
        {
            await rollen.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        // The names are checked by the script (it made roles of them); the passwords are hexadecimal.
        await using (var wachtwoorden = new NpgsqlCommand(
            $"ALTER ROLE \"{eigenaar}\" PASSWORD '{wachtwoordEigenaar}'; ALTER ROLE \"{app}\" PASSWORD '{wachtwoordApp}'", connectie))
        {
            await wachtwoorden.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        return new TestVerbindingen(
            beheer,
            new NpgsqlConnectionStringBuilder(beheer) { Username = eigenaar, Password = wachtwoordEigenaar }.ConnectionString,
            new NpgsqlConnectionStringBuilder(beheer) { Username = app, Password = wachtwoordApp }.ConnectionString);
    }

    private static async Task<TestVerbindingen> LokaalClusterAsync(string databaseNaam)
    {
        var script = Path.Combine(Repository.Root, "scripts", "local-db.sh");
        var start = new ProcessStartInfo("bash", [script, "ensure", databaseNaam, "beheerder", "eigenaar", "app"])
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

        var regels = (await uitvoer.ConfigureAwait(false)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (regels.Length != 3)
        {
            throw new InvalidOperationException($"{script} printed {regels.Length} connection strings instead of 3.");
        }

        return new TestVerbindingen(regels[0], regels[1], regels[2]);
    }
}

/// <summary>
/// The connection strings of one test database. <see cref="Beheer"/> is a superuser's (or, on an external database
/// without one, the given user's): it creates and resets the database. <see cref="Eigenaar"/> migrates, as a
/// deployment's owner role does; <see cref="Applicatie"/> is what the API and the use cases run as.
/// </summary>
public sealed record TestVerbindingen(string Beheer, string Eigenaar, string Applicatie)
{
    /// <summary>Whether the application has a role of its own, as in a deployment, rather than the one given user.</summary>
    public bool EigenRollen => Applicatie != Eigenaar;
}
