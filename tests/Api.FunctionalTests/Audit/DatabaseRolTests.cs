using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Api.FunctionalTests.Audit;

/// <summary>
/// The role the API serves requests with cannot undo the audit log: it is no superuser, owns no table (so it can neither
/// drop nor disable the triggers) and has no right to change or remove an audit record. The owner role migrates.
/// </summary>
[NonParallelizable]
public class DatabaseRolTests : ApiTest
{
    private const string InsufficientPrivilege = "42501";

    [SetUp]
    public void VereisEigenRollen()
    {
        if (!TestOmgeving.Database.Verbindingen.EigenRollen)
        {
            Assert.Ignore("The test database has one user for everything (PASSENDONDERWIJS_TEST_DB names no superuser), so there is no application role to check.");
        }
    }

    [Test]
    public async Task The_API_serves_as_the_application_role_and_migrated_as_the_owner()
    {
        await using var scope = TestOmgeving.Fabriek.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();
        var app = await EenAsync<string>(db, "SELECT current_user::text AS \"Value\"");
        var eigenaar = await EenAsync<string>(db, "SELECT tableowner::text AS \"Value\" FROM pg_tables WHERE tablename = 'audit_regel'");
        var historie = await EenAsync<string>(db, "SELECT tableowner::text AS \"Value\" FROM pg_tables WHERE tablename = '__ef_migrations_history'");

        app.ShouldBe(new NpgsqlConnectionStringBuilder(TestOmgeving.Database.Verbinding).Username);
        eigenaar.ShouldBe(new NpgsqlConnectionStringBuilder(TestOmgeving.Database.Eigenaar).Username);
        historie.ShouldBe(eigenaar);
        app.ShouldNotBe(eigenaar);
    }

    [Test]
    public async Task Migrating_leaves_no_context_on_the_owners_connection_for_the_requests_that_follow()
    {
        await DatabaseMigrator.MigreerAsync(TestOmgeving.Fabriek.Services, CancellationToken.None);

        // Every context the pool holds now, taken at once (the pool hands a returned one out again, in turn).
        var scopes = Enumerable.Range(0, 32).Select(_ => TestOmgeving.Fabriek.Services.CreateAsyncScope()).ToList();
        try
        {
            var applicatie = new NpgsqlConnectionStringBuilder(TestOmgeving.Database.Verbinding).Username;
            foreach (var scope in scopes)
            {
                var db = scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();
                (await EenAsync<string>(db, "SELECT current_user::text AS \"Value\"")).ShouldBe(applicatie);
                await db.Database.CloseConnectionAsync();
            }
        }
        finally
        {
            foreach (var scope in scopes)
            {
                await scope.DisposeAsync();
            }
        }
    }

    [Test]
    public async Task The_application_role_is_no_superuser_and_may_not_make_roles_or_databases_replicate_or_bypass_row_security()
    {
        await using var connectie = await AlsApplicatieAsync();
        await using var opdracht = new NpgsqlCommand(
            "SELECT rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls FROM pg_roles WHERE rolname = current_user", connectie);
        await using var lezer = await opdracht.ExecuteReaderAsync();

        (await lezer.ReadAsync()).ShouldBeTrue();
        for (var i = 0; i < lezer.FieldCount; i++)
        {
            lezer.GetBoolean(i).ShouldBeFalse(lezer.GetName(i));
        }
    }

    [TestCase("UPDATE audit_regel SET doel = 'weggepoetst'")]
    [TestCase("DELETE FROM audit_regel")]
    [TestCase("TRUNCATE audit_regel")]
    public async Task The_application_role_has_no_right_to_change_or_remove_an_audit_record(string sql)
    {
        await using var connectie = await AlsApplicatieAsync();
        await VoerUitAsync(connectie, """
            INSERT INTO audit_regel (id, op, actor_soort, actor, actie, resource_soort, doel)
            VALUES ('0193a1b2-0000-7000-8000-000000000001', now(), 'gebruiker', 'iemand', 'lezen', 'leerling', 'test')
            """);

        var fout = await Should.ThrowAsync<PostgresException>(() => VoerUitAsync(connectie, sql));

        // Refused by the rights, before any trigger runs (the triggers say "append-only").
        fout.SqlState.ShouldBe(InsufficientPrivilege);
        fout.MessageText.ShouldStartWith("permission denied");
        await using var teller = new NpgsqlCommand("SELECT count(*) FROM audit_regel WHERE doel = 'test'", connectie);
        (await teller.ExecuteScalarAsync()).ShouldBe(1L);
    }

    [TestCase("ALTER TABLE audit_regel DISABLE TRIGGER audit_regel_geen_wijziging", "must be owner")]
    [TestCase("ALTER TABLE audit_regel DISABLE TRIGGER ALL", "must be owner")]
    [TestCase("DROP TRIGGER audit_regel_geen_truncate ON audit_regel", "must be owner")]
    [TestCase("DROP TABLE audit_regel", "must be owner")]
    [TestCase("SET session_replication_role = replica", "permission denied to set parameter")]
    public async Task The_application_role_cannot_switch_off_or_remove_the_triggers(string sql, string melding)
    {
        await using var connectie = await AlsApplicatieAsync();
        // Rolled back whatever happens, so a role that could do it (a superuser) does not wreck the test database.
        await using var transactie = await connectie.BeginTransactionAsync();

        var fout = await Should.ThrowAsync<PostgresException>(() => VoerUitAsync(connectie, sql));

        fout.SqlState.ShouldBe(InsufficientPrivilege);
        fout.MessageText.ShouldStartWith(melding);
    }

    [Test]
    public async Task A_table_a_later_migration_makes_is_the_application_roles_to_use_unless_it_is_append_only()
    {
        try
        {
            // As a later migration would: the owner makes a plain table and an append-only one, then the migrator runs.
            await using (var eigenaar = new NpgsqlConnection(TestOmgeving.Database.Eigenaar))
            {
                await eigenaar.OpenAsync();
                await VoerUitAsync(eigenaar, """
                    CREATE TABLE test_later (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, tekst text);
                    CREATE TABLE test_later_log (id bigserial PRIMARY KEY, tekst text);
                    CREATE TRIGGER test_later_log_geen_wijziging BEFORE UPDATE OR DELETE ON test_later_log
                        FOR EACH ROW EXECUTE FUNCTION audit_regel_onveranderlijk();
                    """);
            }

            await DatabaseMigrator.MigreerAsync(TestOmgeving.Fabriek.Services, CancellationToken.None);

            await using var connectie = await AlsApplicatieAsync();
            await VoerUitAsync(connectie, "INSERT INTO test_later (tekst) VALUES ('a'); UPDATE test_later SET tekst = 'b'; DELETE FROM test_later");
            await VoerUitAsync(connectie, "INSERT INTO test_later_log (tekst) VALUES ('a')");
            foreach (var sql in new[] { "UPDATE test_later_log SET tekst = 'b'", "DELETE FROM test_later_log", "TRUNCATE test_later_log" })
            {
                var fout = await Should.ThrowAsync<PostgresException>(() => VoerUitAsync(connectie, sql));
                fout.MessageText.ShouldStartWith("permission denied", customMessage: sql);
            }
        }
        finally
        {
            await using var eigenaar = new NpgsqlConnection(TestOmgeving.Database.Eigenaar);
            await eigenaar.OpenAsync();
            await VoerUitAsync(eigenaar, "DROP TABLE IF EXISTS test_later, test_later_log");
        }
    }

    [Test]
    public async Task A_deployment_with_one_connection_string_still_starts_and_is_warned_when_its_role_could_undo_the_audit_log()
    {
        var meldingen = new LogVanger();
        await using var fabriek = new ApiFabriek(
            TestOmgeving.Database.Verbindingen.Beheer,
            services => services.AddSingleton<ILoggerProvider>(meldingen),
            new Dictionary<string, string> { [DatabaseConfiguratie.EigenaarVariabele] = "" });
        using var client = fabriek.CreateClient();

        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        meldingen.Waarschuwingen.ShouldContain(m => m.Contains("could undo the audit log", StringComparison.Ordinal) && m.Contains("is a superuser", StringComparison.Ordinal));
        (await ApplicatieRol.WaaromTeMachtigAsync(TestOmgeving.Fabriek.Services, CancellationToken.None)).ShouldBeNull("the test host's own application role");
    }

    [Test]
    public async Task The_application_role_runs_its_statements_without_parallel_workers_and_the_owner_keeps_the_servers_default()
    {
        await using var applicatie = await AlsApplicatieAsync();
        await using var eigenaar = new NpgsqlConnection(TestOmgeving.Database.Eigenaar);
        await eigenaar.OpenAsync();

        (await InstellingAsync(applicatie, "max_parallel_workers_per_gather")).ShouldBe("0");
        (await InstellingAsync(eigenaar, "max_parallel_workers_per_gather")).ShouldBe(await InstellingAsync(eigenaar, "max_parallel_workers_per_gather", standaard: true));
    }

    private static async Task<string> InstellingAsync(NpgsqlConnection connectie, string naam, bool standaard = false)
    {
        await using var opdracht = new NpgsqlCommand(
            standaard ? "SELECT boot_val FROM pg_settings WHERE name = @naam" : "SELECT current_setting(@naam)", connectie);
        opdracht.Parameters.AddWithValue("naam", naam);
        return (string)(await opdracht.ExecuteScalarAsync())!;
    }

    private static async Task<NpgsqlConnection> AlsApplicatieAsync()
    {
        var connectie = new NpgsqlConnection(TestOmgeving.Database.Verbinding);
        await connectie.OpenAsync();
        return connectie;
    }

    private static async Task VoerUitAsync(NpgsqlConnection connectie, string sql)
    {
        await using var opdracht = new NpgsqlCommand(sql, connectie);
        await opdracht.ExecuteNonQueryAsync();
    }

    private static async Task<T> EenAsync<T>(PassendOnderwijsDbContext db, string sql) =>
        await db.Database.SqlQueryRaw<T>(sql).SingleAsync();

    private sealed class LogVanger : ILoggerProvider
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Waarschuwingen { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Vanger(Waarschuwingen);

        public void Dispose()
        {
        }

        private sealed class Vanger(System.Collections.Concurrent.ConcurrentQueue<string> waarschuwingen) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel == LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    waarschuwingen.Enqueue(formatter(state, exception));
                }
            }
        }
    }
}
