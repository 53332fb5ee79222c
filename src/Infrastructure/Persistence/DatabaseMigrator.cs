using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PassendOnderwijs.Infrastructure.Persistence;

public static class DatabaseMigrator
{
    /// <summary>
    /// Applies the tool-generated migrations that are not yet in the database, as the database's owner
    /// (<see cref="DatabaseConfiguratie.EigenaarVerbindingVoor"/>): the application's own role may not change the schema.
    /// </summary>
    public static async Task MigreerAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);

        // A context of its own, never one from the request pool: a pooled context keeps the connection string it was
        // given when it goes back, so the next request would have been served as the owner, who can undo the audit log.
        var opties = new DbContextOptionsBuilder<PassendOnderwijsDbContext>();
        DatabaseConfiguratie.Configureer(opties, services.GetRequiredService<DatabaseVerbindingen>().Eigenaar);
        opties.UseLoggerFactory(services.GetRequiredService<ILoggerFactory>());
        await using var db = new PassendOnderwijsDbContext(opties.Options);
        await MigreerAsync(db, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Migrates through the given context, which must be on the owner's connection.</summary>
    public static async Task MigreerAsync(PassendOnderwijsDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        // On an empty database EF first reads the history table, which is not there yet; that read fails harmlessly
        // but is logged in red as a failed command. Creating the table first (IF NOT EXISTS) keeps the first start quiet.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        var onbekend = (await db.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false))
            .Except(db.Database.GetMigrations(), StringComparer.Ordinal)
            .ToList();
        if (onbekend.Count > 0)
        {
            // A database made before the migrations were squashed into one baseline: migrating it would fail halfway
            // on "relation already exists". Nothing was released before the baseline, so such a database is a
            // developer's own and is made again; say so instead of failing obscurely.
            throw new InvalidOperationException(
                $"This database was made by migrations this version does not have ({string.Join(", ", onbekend)}); it predates " +
                "the baseline migration 'Basis'. Drop it and let it be made again (the local cluster: " +
                "scripts/local-db.sh stop && rm -rf .local/postgres).");
        }

        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);

        // The owner's default privileges give every new table full row rights to the application role; a migration
        // that (re)creates an append-only table must not hand it UPDATE or DELETE there (see the Basis migration).
        await db.Database.ExecuteSqlRawAsync("SELECT alleen_toevoegen_rechten()", cancellationToken).ConfigureAwait(false);
    }
}
