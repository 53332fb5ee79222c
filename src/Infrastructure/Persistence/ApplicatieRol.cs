using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace PassendOnderwijs.Infrastructure.Persistence;

public static class ApplicatieRol
{
    /// <summary>
    /// Why the role the application serves requests with could undo the audit log (it is a superuser, or owns the audit
    /// table and so may drop or disable its triggers), or null when it cannot. A deployment with one connection string
    /// still works, but should hear that its audit log is only as safe as that role.
    /// </summary>
    public static async Task<string?> WaaromTeMachtigAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();
        var connectie = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var opdracht = connectie.CreateCommand();
            opdracht.CommandText = """
                SELECT CASE
                    WHEN r.rolsuper THEN format('role %I is a superuser', r.rolname)
                    WHEN pg_has_role(r.oid, c.relowner, 'USAGE') THEN format('role %I owns the table audit_regel', r.rolname)
                END
                FROM pg_roles r CROSS JOIN pg_class c
                WHERE r.rolname = current_user AND c.oid = to_regclass('audit_regel')
                """;
            return await opdracht.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }
}
