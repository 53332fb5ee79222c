using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace PassendOnderwijs.Infrastructure.Persistence;

public static class DatabaseMigrator
{
    /// <summary>
    /// Applies the tool-generated migrations that are not yet in the database, as the database's owner
    /// (<see cref="DatabaseConfiguratie.EigenaarVerbindingVoor"/>): the application's own role may not change the schema.
    /// </summary>
    public static async Task MigreerAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();
        // The context as the application has it (logging included), on the owner's connection for this one scope.
        db.Database.SetConnectionString(scope.ServiceProvider.GetRequiredService<DatabaseVerbindingen>().Eigenaar);
        await MigreerAsync(db, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Migrates through the given context, which must be on the owner's connection.</summary>
    public static async Task MigreerAsync(PassendOnderwijsDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        // On an empty database EF first reads the history table, which is not there yet; that read fails harmlessly
        // but is logged in red as a failed command. Creating the table first (IF NOT EXISTS) keeps the first start quiet.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);

        // The owner's default privileges give every new table full row rights to the application role; a migration
        // that (re)creates an append-only table must not hand it UPDATE or DELETE there (see the Basis migration).
        await db.Database.ExecuteSqlRawAsync("SELECT alleen_toevoegen_rechten()", cancellationToken).ConfigureAwait(false);
    }
}
