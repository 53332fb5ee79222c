using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PassendOnderwijs.Infrastructure;
using PassendOnderwijs.Infrastructure.Persistence;
using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Application.IntegrationTests.Persistence;

/// <summary>
/// Aanbieders registered before they had an owner get the samenwerkingsverband the audit log says registered them;
/// without such a record they stay national. Runs the real migration on a database at the migration before it.
/// </summary>
public class AanbiederEigenaarMigratieTests
{
    private const string VorigeMigratie = "20261201225351_VersieUitWijzigingsnummer";

    [Test]
    public async Task Existing_aanbieders_get_the_owner_their_audited_registration_names_or_stay_national()
    {
        // A name of its own (role names derive from it, so it stays short): this test migrates step by step.
        var verbindingen = await TestDatabase.VerbindingenAsync("passendonderwijs_test_aanbieder_eigenaar");
        try
        {
            // The owner's connection for everything here: migrating needs it, and the rows are set up by hand.
            var configuratie = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { [DatabaseConfiguratie.OmgevingsVariabele] = verbindingen.Eigenaar })
                .Build();
            await using var provider = new ServiceCollection().AddLogging().AddInfrastructure(configuratie).BuildServiceProvider();
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(VorigeMigratie);

            // Raw SQL goes through string.Format: {{}} is an empty text[].
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO onderwijsbegeleidingsaanbieder (id, code, naam, inbedrijfdatum, bestuur, communicatiecontexten, gewijzigd_op, erkenning_cluster, erkenning_code, erkenning_licenties)
                VALUES
                    (gen_random_uuid(), '101A001', 'Geregistreerd door PO2705', '2020-08-01', 'S', '[]', now(), 1, 'E1', '{{}}'),
                    (gen_random_uuid(), '101A002', 'Opnieuw geregistreerd, nu door VO2301', '2020-08-01', 'S', '[]', now(), 1, 'E2', '{{}}'),
                    (gen_random_uuid(), '101A003', 'Demo, zonder auditregel', '2020-08-01', 'S', '[]', now(), 1, 'E3', '{{}}');
                INSERT INTO audit_regel (id, op, samenwerkingsverband, actor_soort, actor, actie, resource_soort, resource_id, doel)
                VALUES
                    (gen_random_uuid(), '2026-11-01T10:00:00Z', 'PO2705', 'gebruiker', 'b1', 'aanmaken', 'onderwijsbegeleidingsaanbieder', '101A001', 'd'),
                    (gen_random_uuid(), '2026-11-02T10:00:00Z', 'PO2706', 'gebruiker', 'b2', 'wijzigen', 'onderwijsbegeleidingsaanbieder', '101A001', 'd'),
                    (gen_random_uuid(), '2026-11-01T10:00:00Z', 'PO2705', 'gebruiker', 'b1', 'aanmaken', 'onderwijsbegeleidingsaanbieder', '101A002', 'd'),
                    (gen_random_uuid(), '2026-11-02T10:00:00Z', 'PO2705', 'gebruiker', 'b1', 'verwijderen', 'onderwijsbegeleidingsaanbieder', '101A002', 'd'),
                    (gen_random_uuid(), '2026-11-03T10:00:00Z', 'VO2301', 'gebruiker', 'b3', 'aanmaken', 'onderwijsbegeleidingsaanbieder', '101A002', 'd'),
                    (gen_random_uuid(), '2026-11-01T10:00:00Z', 'PO2705', 'gebruiker', 'b1', 'aanmaken', 'gebruiker', '101A003', 'd');
                """);
            var versiesVoor = await VersiesAsync(db);

            await migrator.MigrateAsync();

            var eigenaren = (await db.Onderwijsbegeleidingsaanbieders.AsNoTracking().ToListAsync())
                .OrderBy(o => o.Code.Waarde, StringComparer.Ordinal)
                .Select(o => $"{o.Code.Waarde}:{o.Eigenaar?.Waarde ?? "landelijk"}");
            eigenaren.ShouldBe(["101A001:PO2705", "101A002:VO2301", "101A003:landelijk"]);

            // A new owner is a change a LAS must hear of through the feed: a new version; the national one is untouched.
            var versiesNa = await VersiesAsync(db);
            versiesNa["101A001"].ShouldBeGreaterThan(versiesVoor["101A001"]);
            versiesNa["101A002"].ShouldBeGreaterThan(versiesVoor["101A002"]);
            versiesNa["101A003"].ShouldBe(versiesVoor["101A003"]);
        }
        finally
        {
            await TestDatabase.VerwijderAsync(verbindingen);
        }
    }

    private static async Task<Dictionary<string, long>> VersiesAsync(PassendOnderwijsDbContext db)
    {
        var verbinding = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var opdracht = new NpgsqlCommand("SELECT code, versie FROM onderwijsbegeleidingsaanbieder", verbinding);
            await using var lezer = await opdracht.ExecuteReaderAsync();
            var versies = new Dictionary<string, long>();
            while (await lezer.ReadAsync())
            {
                versies[lezer.GetString(0)] = lezer.GetInt64(1);
            }

            return versies;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
