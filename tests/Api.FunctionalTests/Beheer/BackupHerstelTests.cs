using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Npgsql;
using PassendOnderwijs.Infrastructure.Demo;
using PassendOnderwijs.Infrastructure.Persistence;
using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Api.FunctionalTests.Beheer;

/// <summary>
/// A backup is only as good as its restore (README, "Backups"): a database filled the normal way (migrated, the demo
/// data, audit records written by real requests) is backed up with scripts/backup.sh and restored into a new database
/// with scripts/restore.sh, both run as processes the way an operator runs them, with the product's own configuration
/// (PASSENDONDERWIJS_DB and PASSENDONDERWIJS_DB_EIGENAAR). The copy must hold the same rows in every table, the same
/// sequence positions and the whole audit log unchanged, and its application role must work as before: read and
/// write, but not change or remove an audit record. The comparisons come first (Order): the later tests write to the
/// copy, and the last one restores it again.
/// </summary>
[NonParallelizable]
public sealed class BackupHerstelTests
{
    private const string InsufficientPrivilege = "42501";

    private TestVerbindingen _bron = null!;
    private TestVerbindingen _doel = null!;
    private string _map = null!;
    private ScriptUitvoer _backup = null!;
    private ScriptUitvoer _herstel = null!;

    [OneTimeSetUp]
    public async Task VulBackupEnHerstelAsync()
    {
        _bron = (await DatabaseHerstel.MaakAsync("passendonderwijs_test_backup_bron")).Verbindingen;
        _doel = await TestDatabase.VerbindingenAsync("passendonderwijs_test_backup_doel");
        _map = Path.Combine(Path.GetTempPath(), "passendonderwijs-backup-" + Guid.NewGuid().ToString("N"));

        await VulAsync(_bron);

        _backup = await VoerUitAsync("backup.sh", _bron, _map);
        _herstel = await VoerUitAsync("restore.sh", _doel, _map);
    }

    [OneTimeTearDown]
    public async Task RuimOpAsync()
    {
        // Each may be null when the set-up failed before it; what exists is removed.
        foreach (var verbindingen in new[] { _bron, _doel })
        {
            if (verbindingen is not null)
            {
                await TestDatabase.VerwijderAsync(verbindingen);
            }
        }

        if (_map is not null && Directory.Exists(_map))
        {
            Directory.Delete(_map, recursive: true);
        }
    }

    [Test]
    [Order(1)]
    public void The_backup_says_which_migration_the_database_was_on()
    {
        _backup.ExitCode.ShouldBe(0, _backup.Tekst);
        var manifest = File.ReadAllLines(Path.Combine(_map, "backup.txt"));
        manifest.ShouldContain("migratie=" + LaatsteMigratie());
        manifest.ShouldContain("formaat=pg_dump-custom");
        manifest.ShouldContain("database=passendonderwijs_test_backup_bron");
        _herstel.Tekst.ShouldContain("de API kan zo starten");
    }

    [Test]
    [Order(2)]
    public async Task Every_table_holds_the_same_rows_and_every_sequence_stands_where_it_stood()
    {
        _herstel.ExitCode.ShouldBe(0, _herstel.Tekst);
        var bron = await InhoudPerTabelAsync(_bron.Beheer);
        var doel = await InhoudPerTabelAsync(_doel.Beheer);

        bron["tabel audit_regel"].ShouldStartWith("rijen ");
        bron.Keys.Count(k => k.StartsWith("tabel ", StringComparison.Ordinal)).ShouldBeGreaterThan(20);
        doel.ShouldBe(bron);
        // Filled for real, or the comparison proves little.
        bron["tabel leerling"].ShouldNotStartWith("rijen 0 ");
        bron["tabel arrangement"].ShouldNotStartWith("rijen 0 ");
    }

    [Test]
    [Order(3)]
    public async Task The_audit_log_is_restored_in_full_row_for_row()
    {
        _herstel.ExitCode.ShouldBe(0, _herstel.Tekst);
        var bron = await AuditLogAsync(_bron.Beheer);
        var doel = await AuditLogAsync(_doel.Beheer);

        bron.Count.ShouldBeGreaterThan(0, "the requests in the set-up write audit records");
        doel.ShouldBe(bron);
    }

    [Test]
    [Order(4)]
    public async Task The_application_role_reads_and_writes_the_restored_database_but_cannot_change_or_remove_an_audit_record()
    {
        _herstel.ExitCode.ShouldBe(0, _herstel.Tekst);
        if (!_doel.EigenRollen)
        {
            Assert.Ignore("The test database has one user for everything (PASSENDONDERWIJS_TEST_DB names no superuser), so there is no application role to check.");
        }

        await ControleerApplicatieRolAsync();
    }

    [Test]
    [Order(5)]
    public async Task A_database_that_is_not_empty_is_only_overwritten_when_asked()
    {
        _herstel.ExitCode.ShouldBe(0, _herstel.Tekst);
        await using (var eigenaar = new NpgsqlConnection(_doel.Eigenaar))
        {
            await eigenaar.OpenAsync();
            await VoerUitAsync(eigenaar, "CREATE TABLE later_gemaakt (id int)");
        }

        var geweigerd = await VoerUitAsync("restore.sh", _doel, _map);

        geweigerd.ExitCode.ShouldBe(1, geweigerd.Tekst);
        geweigerd.Tekst.ShouldContain("is niet leeg");
        (await TabellenAsync(_doel.Beheer)).ShouldContain("later_gemaakt");

        var vervangen = await VoerUitAsync("restore.sh", _doel, _map, "--vervang");

        vervangen.ExitCode.ShouldBe(0, vervangen.Tekst);
        (await TabellenAsync(_doel.Beheer)).ShouldNotContain("later_gemaakt");
        (await InhoudPerTabelAsync(_doel.Beheer)).ShouldBe(await InhoudPerTabelAsync(_bron.Beheer));
        (await AuditLogAsync(_doel.Beheer)).ShouldBe(await AuditLogAsync(_bron.Beheer));
        if (_doel.EigenRollen)
        {
            // --vervang makes schema public anew, and with it the application role's use of it and its default rights.
            await ControleerApplicatieRolAsync();
        }
    }

    /// <summary>
    /// As the application role on the copy: read every table, write (a change whose version a trigger takes from a
    /// sequence, running as the caller, and an audit record), and be refused by the rights, before any trigger, when
    /// changing, removing or truncating an audit record.
    /// </summary>
    private async Task ControleerApplicatieRolAsync()
    {
        await using var app = new NpgsqlConnection(_doel.Applicatie);
        await app.OpenAsync();
        foreach (var tabel in await TabellenAsync(app))
        {
            await VoerUitAsync(app, $"SELECT count(*) FROM \"{tabel}\"");
        }

        await VoerUitAsync(app, "UPDATE samenwerkingsverband SET naam = naam || ' (hersteld)' WHERE code = 'PO2705'");
        await VoerUitAsync(app, $"""
            INSERT INTO audit_regel (id, op, actor_soort, actor, actie, resource_soort, doel)
            VALUES ('{Guid.CreateVersion7()}', now(), 'gebruiker', 'iemand', 'lezen', 'leerling', 'na herstel')
            """);

        foreach (var sql in new[] { "UPDATE audit_regel SET doel = 'weggepoetst'", "DELETE FROM audit_regel", "TRUNCATE audit_regel" })
        {
            var fout = await Should.ThrowAsync<PostgresException>(() => VoerUitAsync(app, sql));
            fout.SqlState.ShouldBe(InsufficientPrivilege, sql);
            fout.MessageText.ShouldStartWith("permission denied", customMessage: sql);
        }
    }

    /// <summary>
    /// The normal way: the API starts on the migrated database with the demo data (as ./run.sh), then a LAS reads the
    /// arrangementen of its school, which writes one audit record per line.
    /// </summary>
    private static async Task VulAsync(TestVerbindingen bron)
    {
        await using var fabriek = new ApiFabriek(bron.Applicatie, instellingen: new Dictionary<string, string>
        {
            [DatabaseConfiguratie.EigenaarVariabele] = bron.Eigenaar,
            ["Demo:Aan"] = "true",
        });
        using var http = fabriek.CreateClient();
        using var tokenAntwoord = await Identiteit.TestClients.VraagTokenAanAsync(
            http, DemoGegevens.LasClientId, DemoGegevens.StandaardLasClientGeheim, "arrangementen.lezen");
        tokenAntwoord.EnsureSuccessStatusCode();
        var token = (await tokenAntwoord.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("access_token").GetString();
        for (var keer = 0; keer < 2; keer++)
        {
            using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/api/v1/arrangementen");
            verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var antwoord = await http.SendAsync(verzoek);
            antwoord.EnsureSuccessStatusCode();
        }
    }

    /// <summary>Runs scripts/NAME as an operator would, with the product's configuration for the given database.</summary>
    private static async Task<ScriptUitvoer> VoerUitAsync(string script, TestVerbindingen database, params string[] argumenten)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(Repository.Root, "scripts", script), .. argumenten])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repository.Root,
        };
        start.Environment[DatabaseConfiguratie.OmgevingsVariabele] = database.Applicatie;
        start.Environment[DatabaseConfiguratie.EigenaarVariabele] = database.Eigenaar;
        using var proces = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + script);
        var uitvoer = proces.StandardOutput.ReadToEndAsync();
        var fouten = proces.StandardError.ReadToEndAsync();
        await proces.WaitForExitAsync();
        return new ScriptUitvoer(proces.ExitCode, await uitvoer + await fouten);
    }

    /// <summary>
    /// Per table its row count and a hash of all its rows (in a fixed order), and per sequence where it stands: a
    /// restore that lost or changed a row, or put a sequence back, shows here.
    /// </summary>
    private static async Task<SortedDictionary<string, string>> InhoudPerTabelAsync(string verbinding)
    {
        await using var connectie = new NpgsqlConnection(verbinding);
        await connectie.OpenAsync();
        var inhoud = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var tabel in await TabellenAsync(connectie))
        {
            await using var opdracht = new NpgsqlCommand(
                $"SELECT 'rijen ' || count(*) || ' ' || coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') FROM \"{tabel}\" t", connectie);
            inhoud["tabel " + tabel] = (string)(await opdracht.ExecuteScalarAsync())!;
        }

        await using var reeksen = new NpgsqlCommand(
            "SELECT sequencename, coalesce(last_value::text, 'ongebruikt') FROM pg_sequences WHERE schemaname = 'public'", connectie);
        await using var lezer = await reeksen.ExecuteReaderAsync();
        while (await lezer.ReadAsync())
        {
            inhoud["reeks " + lezer.GetString(0)] = lezer.GetString(1);
        }

        return inhoud;
    }

    /// <summary>Every audit record with every column, in the order the log is read (time, then id).</summary>
    private static async Task<List<string>> AuditLogAsync(string verbinding)
    {
        await using var connectie = new NpgsqlConnection(verbinding);
        await connectie.OpenAsync();
        await using var opdracht = new NpgsqlCommand("SELECT row_to_json(a)::text FROM audit_regel a ORDER BY op, id", connectie);
        await using var lezer = await opdracht.ExecuteReaderAsync();
        var regels = new List<string>();
        while (await lezer.ReadAsync())
        {
            regels.Add(lezer.GetString(0));
        }

        return regels;
    }

    private static async Task<List<string>> TabellenAsync(string verbinding)
    {
        await using var connectie = new NpgsqlConnection(verbinding);
        await connectie.OpenAsync();
        return await TabellenAsync(connectie);
    }

    private static async Task<List<string>> TabellenAsync(NpgsqlConnection connectie)
    {
        await using var opdracht = new NpgsqlCommand("SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' ORDER BY 1", connectie);
        await using var lezer = await opdracht.ExecuteReaderAsync();
        var tabellen = new List<string>();
        while (await lezer.ReadAsync())
        {
            tabellen.Add(lezer.GetString(0));
        }

        return tabellen;
    }

    private static async Task VoerUitAsync(NpgsqlConnection connectie, string sql)
    {
        await using var opdracht = new NpgsqlCommand(sql, connectie);
        await opdracht.ExecuteNonQueryAsync();
    }

    private static string LaatsteMigratie() =>
        Directory.GetFiles(Path.Combine(Repository.Root, "src", "Infrastructure", "Persistence", "Migrations"), "2*_*.cs")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(naam => !naam.EndsWith(".Designer", StringComparison.Ordinal))
            .Max(StringComparer.Ordinal)!;

    private sealed record ScriptUitvoer(int ExitCode, string Tekst);
}
