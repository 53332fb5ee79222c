using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace PassendOnderwijs.Infrastructure.Persistence;

public static class DatabaseMigrator
{
    /// <summary>Applies the tool-generated migrations that are not yet in the database.</summary>
    public static async Task MigreerAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
    }
}
