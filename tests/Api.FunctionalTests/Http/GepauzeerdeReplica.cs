using Npgsql;

namespace PassendOnderwijs.Api.FunctionalTests.Http;

/// <summary>
/// A streaming replica whose replay stands still, simulated in the test database: schema <see cref="Schema"/> holds a
/// copy of every table of <c>public</c> (and its views, on those copies), all taken in one REPEATABLE READ transaction,
/// so one consistent state of the primary as a replica shows it after replaying up to a commit. The primary moves on
/// without it until <see cref="HaalInAsync"/> replays everything committed so far. A row the primary changes afterwards
/// stays here as it was (a filter on the live tables cannot show that: it hides the changed row instead). The read
/// connection finds only this schema (and pg_catalog), in a session that refuses writes, so a read that reaches past
/// the copy is an error, not a silent read of the primary.
/// </summary>
/// <remarks>
/// Why copies: an exported snapshot (<c>pg_export_snapshot</c>) can only be taken up by <c>SET TRANSACTION SNAPSHOT</c>
/// at the start of each transaction, and the API reads in autocommit statements on pooled connections; a second
/// database (<c>CREATE DATABASE … TEMPLATE</c>) wants no other session on the template and takes seconds. The test
/// database holds a few dozen rows, so copying every table costs little.
/// </remarks>
internal sealed class GepauzeerdeReplica : IAsyncDisposable
{
    public const string Schema = "replica_stand";

    private GepauzeerdeReplica(string leesverbinding) => Leesverbinding = leesverbinding;

    /// <summary>The connection string of the replica as the application role: the API's read connection.</summary>
    public string Leesverbinding { get; }

    /// <summary>Makes the replica's tables (empty until <see cref="HaalInAsync"/>) for the application role to read.</summary>
    public static async Task<GepauzeerdeReplica> MaakAsync()
    {
        var app = new NpgsqlConnectionStringBuilder(TestOmgeving.Database.Verbinding).Username;
        // The views' text is read with search path public, so it names tables without a schema; created with the
        // replica's schema first, they read the copies.
        await EigenaarAsync($"""
            DROP SCHEMA IF EXISTS {Schema} CASCADE;
            CREATE SCHEMA {Schema};
            GRANT USAGE ON SCHEMA {Schema} TO "{app}";
            DO $$
            DECLARE
                t record;
                namen text[];
                definities text[];
            BEGIN
                FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
                    EXECUTE format('CREATE TABLE {Schema}.%I (LIKE public.%I)', t.tablename, t.tablename);
                END LOOP;
                PERFORM set_config('search_path', 'public', true);
                SELECT array_agg(viewname ORDER BY viewname), array_agg(pg_get_viewdef(format('public.%I', viewname)::regclass) ORDER BY viewname)
                  INTO namen, definities
                  FROM pg_views WHERE schemaname = 'public';
                PERFORM set_config('search_path', '{Schema}', true);
                FOR i IN 1 .. coalesce(array_length(namen, 1), 0) LOOP
                    EXECUTE format('CREATE VIEW {Schema}.%I AS %s', namen[i], definities[i]);
                END LOOP;
            END $$;
            GRANT SELECT ON ALL TABLES IN SCHEMA {Schema} TO "{app}";
            """);

        var lezen = new NpgsqlConnectionStringBuilder(TestOmgeving.Database.Verbinding)
        {
            SearchPath = Schema,
            Options = "-c default_transaction_read_only=on",
            // A pool of its own for each replica: no connection of an earlier test's replica is reused.
            ApplicationName = $"po-replica-{Guid.NewGuid():N}",
        };
        return new GepauzeerdeReplica(lezen.ConnectionString);
    }

    /// <summary>
    /// The replica replays everything committed so far: every copy is refilled from one snapshot of the primary
    /// (REPEATABLE READ: every statement of the transaction sees the same commits), as a replica always shows one
    /// moment of the primary, never a mix. The copies keep their identity, so a plan PostgreSQL cached for them stays right.
    /// </summary>
    public static async Task HaalInAsync()
    {
        await using var connectie = new NpgsqlConnection(TestOmgeving.Database.Eigenaar);
        await connectie.OpenAsync();
        await using var transactie = await connectie.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead);
        await using var opdracht = new NpgsqlCommand($"""
            DO $$
            DECLARE
                t record;
            BEGIN
                FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = '{Schema}' LOOP
                    EXECUTE format('TRUNCATE {Schema}.%I', t.tablename);
                    EXECUTE format('INSERT INTO {Schema}.%I SELECT * FROM public.%I', t.tablename, t.tablename);
                END LOOP;
            END $$;
            """, connectie, transactie);
        await opdracht.ExecuteNonQueryAsync();
        await transactie.CommitAsync();
    }

    /// <summary>Removes the replica: its pooled connections first, then its schema.</summary>
    public async ValueTask DisposeAsync()
    {
        await using (var lezer = new NpgsqlConnection(Leesverbinding))
        {
            NpgsqlConnection.ClearPool(lezer);
        }

        await EigenaarAsync($"DROP SCHEMA IF EXISTS {Schema} CASCADE");
    }

    private static async Task EigenaarAsync(string sql)
    {
        await using var connectie = new NpgsqlConnection(TestOmgeving.Database.Eigenaar);
        await connectie.OpenAsync();
        await using var opdracht = new NpgsqlCommand(sql, connectie);
        await opdracht.ExecuteNonQueryAsync();
    }
}
