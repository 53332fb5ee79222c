using Microsoft.EntityFrameworkCore;
using Npgsql;
using PassendOnderwijs.Infrastructure.Persistence;
using Respawn;

namespace PassendOnderwijs.TestSupport;

/// <summary>Migrates a test database once per run and empties it between tests with Respawn.</summary>
public sealed class DatabaseHerstel
{
    private readonly Respawner _respawner;

    private DatabaseHerstel(string verbinding, Respawner respawner)
    {
        Verbinding = verbinding;
        _respawner = respawner;
    }

    public string Verbinding { get; }

    public static async Task<DatabaseHerstel> MaakAsync(string databaseNaam)
    {
        var verbinding = await TestDatabase.VerbindingAsync(databaseNaam).ConfigureAwait(false);
        var options = new DbContextOptionsBuilder<PassendOnderwijsDbContext>();
        DatabaseConfiguratie.Configureer(options, verbinding);
        await using (var db = new PassendOnderwijsDbContext(options.Options))
        {
            await db.Database.MigrateAsync().ConfigureAwait(false);
        }

        await using var connectie = new NpgsqlConnection(verbinding);
        await connectie.OpenAsync().ConfigureAwait(false);
        var respawner = await Respawner.CreateAsync(connectie, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            // The signing keys of cursors and tokens are kept like the schema: an API host caches them for minutes,
            // and wiping them under a running host would look like a key revocation to every next test.
            TablesToIgnore = ["__ef_migrations_history", "synctokensleutel"],
        }).ConfigureAwait(false);
        return new DatabaseHerstel(verbinding, respawner);
    }

    public async Task LeegAsync()
    {
        await using var connectie = new NpgsqlConnection(Verbinding);
        await connectie.OpenAsync().ConfigureAwait(false);

        // The audit log refuses DELETE and TRUNCATE by trigger; a test reset (as superuser) switches triggers off
        // for this session only. The application has no such path.
        await using (var zonderTriggers = new NpgsqlCommand("SET session_replication_role = replica", connectie))
        {
            await zonderTriggers.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        await _respawner.ResetAsync(connectie).ConfigureAwait(false);
    }
}
