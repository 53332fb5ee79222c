using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Infrastructure;
using PassendOnderwijs.Infrastructure.Persistence;
using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Application.IntegrationTests.Persistence;

/// <summary>
/// The baseline migration (Basis) can be undone: its Down removes everything its Up made, the hand-written triggers,
/// functions, sequences and view included, and migrating again gives the same schema and rights.
/// </summary>
public class BasisMigratieTests
{
    [Test]
    public Task The_baseline_migrates_down_to_an_empty_schema_and_up_to_the_same_schema_again() =>
        OpEigenDatabaseAsync("passendonderwijs_test_basis", async db =>
        {
            await DatabaseMigrator.MigreerAsync(db, CancellationToken.None);
            var gemigreerd = await SchemaAsync(db);
            gemigreerd.ShouldContain("v expert_betrokkenheid");
            gemigreerd.ShouldContain("trigger audit_regel_geen_wijziging op audit_regel");
            gemigreerd.ShouldContain("S leerling_wijziging");

            await db.GetService<IMigrator>().MigrateAsync(Migration.InitialDatabase);
            (await SchemaAsync(db)).ShouldBeEmpty();

            await DatabaseMigrator.MigreerAsync(db, CancellationToken.None);
            (await SchemaAsync(db)).ShouldBe(gemigreerd);
        });

    [Test]
    public Task A_database_made_before_the_baseline_is_refused_with_what_to_do() =>
        OpEigenDatabaseAsync("passendonderwijs_test_voor_basis", async db =>
        {
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync();
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"__ef_migrations_history\" (migration_id, product_version) VALUES ('20261124224238_AuditLog', '10.0.0')");

            var fout = await Should.ThrowAsync<InvalidOperationException>(() => DatabaseMigrator.MigreerAsync(db, CancellationToken.None));

            fout.Message.ShouldContain("20261124224238_AuditLog");
            fout.Message.ShouldContain("rm -rf .local/postgres");
        });

    /// <summary>
    /// A database of its own, made afresh, with a context on the owner's connection (only the owner may change the
    /// schema). One name for every run (a role name is limited in length, so no Guid); a run that died left it behind.
    /// </summary>
    private static async Task OpEigenDatabaseAsync(string naam, Func<PassendOnderwijsDbContext, Task> doe)
    {
        var verbindingen = await TestDatabase.VerbindingenAsync(naam);
        await TestDatabase.VerwijderAsync(verbindingen);
        verbindingen = await TestDatabase.VerbindingenAsync(naam);
        try
        {
            var configuratie = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { [DatabaseConfiguratie.OmgevingsVariabele] = verbindingen.Eigenaar })
                .Build();
            await using var provider = new ServiceCollection().AddLogging().AddInfrastructure(configuratie).BuildServiceProvider();
            await using var scope = provider.CreateAsyncScope();
            await doe(scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>());
        }
        finally
        {
            await TestDatabase.VerwijderAsync(verbindingen);
        }
    }

    /// <summary>
    /// The objects of schema public but EF's history table, one a line: relations by kind and name (with their rights,
    /// so the append-only revokes count), columns with type, nullability and default, the bodies of functions,
    /// triggers, view definitions.
    /// </summary>
    private static async Task<List<string>> SchemaAsync(PassendOnderwijsDbContext db)
    {
        var regels = await db.Database.SqlQueryRaw<string>("""
            SELECT c.relkind::text || ' ' || c.relname AS "Value"
              FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace
            UNION ALL
            SELECT 'rechten ' || c.relname || ' ' || c.relacl::text
              FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relacl IS NOT NULL
            UNION ALL
            SELECT 'kolom ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                   || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
                   || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
              FROM pg_attribute a
              JOIN pg_class c ON c.oid = a.attrelid
              LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
             WHERE c.relnamespace = 'public'::regnamespace AND a.attnum > 0 AND NOT a.attisdropped
            UNION ALL
            SELECT 'functie ' || p.oid::regprocedure::text || ' ' || md5(p.prosrc)
              FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
            UNION ALL
            SELECT 'trigger ' || t.tgname || ' op ' || c.relname
              FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
             WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal
            UNION ALL
            SELECT 'view ' || c.relname || ' ' || md5(pg_get_viewdef(c.oid))
              FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'v'
            """).ToListAsync();
        return [.. regels.Where(r => !r.Contains("ef_migrations_history", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }
}
