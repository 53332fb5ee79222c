using Microsoft.EntityFrameworkCore;
using Npgsql;
using PassendOnderwijs.Infrastructure.Persistence;
using Respawn;

namespace PassendOnderwijs.TestSupport;

/// <summary>
/// Migrates a test database once per run, as its owner role, and empties it between tests with Respawn. The tests
/// themselves, and the API and use cases they drive, connect as the application role (<see cref="Verbinding"/>).
/// </summary>
public sealed class DatabaseHerstel
{
    private readonly Respawner _respawner;

    private DatabaseHerstel(TestVerbindingen verbindingen, Respawner respawner)
    {
        Verbindingen = verbindingen;
        _respawner = respawner;
    }

    public TestVerbindingen Verbindingen { get; }

    /// <summary>The application role's connection: what the API and the use cases run as.</summary>
    public string Verbinding => Verbindingen.Applicatie;

    /// <summary>The owner role's connection: what migrates; for tests that need to go past the application's rights.</summary>
    public string Eigenaar => Verbindingen.Eigenaar;

    public static async Task<DatabaseHerstel> MaakAsync(string databaseNaam)
    {
        var verbindingen = await TestDatabase.VerbindingenAsync(databaseNaam).ConfigureAwait(false);
        var options = new DbContextOptionsBuilder<PassendOnderwijsDbContext>();
        DatabaseConfiguratie.Configureer(options, verbindingen.Eigenaar);
        await using (var db = new PassendOnderwijsDbContext(options.Options))
        {
            await DatabaseMigrator.MigreerAsync(db, CancellationToken.None).ConfigureAwait(false);
        }

        await using var connectie = new NpgsqlConnection(verbindingen.Beheer);
        await connectie.OpenAsync().ConfigureAwait(false);
        var respawner = await Respawner.CreateAsync(connectie, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            // The signing keys of cursors and tokens are kept like the schema: an API host caches them for minutes,
            // and wiping them under a running host would look like a key revocation to every next test.
            TablesToIgnore = ["__ef_migrations_history", "synctokensleutel"],
        }).ConfigureAwait(false);
        return new DatabaseHerstel(verbindingen, respawner);
    }

    public async Task LeegAsync()
    {
        await using var connectie = new NpgsqlConnection(Verbindingen.Beheer);
        await connectie.OpenAsync().ConfigureAwait(false);

        // The audit log refuses DELETE and TRUNCATE by trigger; a test reset (as superuser) switches triggers off
        // for this session only. The application's role may not: it is no superuser and owns no table.
        await using (var zonderTriggers = new NpgsqlCommand("SET session_replication_role = replica", connectie))
        {
            await zonderTriggers.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        await _respawner.ResetAsync(connectie).ConfigureAwait(false);
    }
}
