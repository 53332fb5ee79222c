using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace PassendOnderwijs.Infrastructure.Persistence;

public static class DatabaseMigrator
{
    /// <summary>Applies the tool-generated migrations that are not yet in the database.</summary>
    public static async Task MigreerAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();

        // On an empty database EF first reads the history table, which is not there yet; that read fails harmlessly
        // but is logged in red as a failed command. Creating the table first (IF NOT EXISTS) keeps the first start quiet.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
    }
}
