using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Npgsql;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Api.FunctionalTests.Http;

/// <summary>
/// A LAS that alternates between a replica that lags and the primary. The lagging replica is simulated in the test
/// database: the read connection's search path finds a view <c>arrangement</c> that shows the arrangementen up to a
/// change number ("the state the replica has replayed"), in a read-only session. Whatever a token or cursor from a later
/// state asks of it, the LAS skips nothing, repeats nothing and is never sent back to a full copy for lag alone.
/// </summary>
public sealed class AchterlopendeReplicaTests : ArrangementTest
{
    private const string Stand = "replica_stand";
    private ApiFabriek _instantie = null!;
    private HttpClient _primair = null!;

    [SetUp]
    public void StartInstantieMetAchterlopendeReplica()
    {
        var lezen = new NpgsqlConnectionStringBuilder(TestOmgeving.Database.Verbinding)
        {
            SearchPath = $"{Stand},public",
            Options = "-c default_transaction_read_only=on",
        };
        _instantie = new ApiFabriek(TestOmgeving.Database.Verbinding, instellingen: new Dictionary<string, string>
        {
            ["Database:MigreerBijStart"] = "false",
            ["Auth:SleutelMap"] = TestOmgeving.SleutelMap,
            [DatabaseConfiguratie.LeesVariabele] = lezen.ConnectionString,
        });
        _primair = TestOmgeving.Fabriek.CreateClient();
        GebruikInstantie(_instantie);
    }

    [TearDown]
    public async Task StopInstantieAsync()
    {
        _primair.Dispose();
        await _instantie.DisposeAsync();
        await EigenaarAsync($"DROP SCHEMA IF EXISTS {Stand} CASCADE");
    }

    [Test]
    public async Task A_LAS_that_alternates_between_a_lagging_replica_and_the_primary_skips_and_repeats_nothing()
    {
        var las = await LasAsync("las-wissel", EigenVestiging, "arrangementen.lezen");
        var a = await VraagAanAsync();
        var b = await VraagAanAsync();

        // The arrangement the primary changes is the one a full copy in pages of one shows last (in id order, as PostgreSQL
        // orders uuids: their text), so the second page of a copy begun at the primary shows it.
        var ((eerste, _), (tweede, etag)) = string.CompareOrdinal(a.Id.ToString(), b.Id.ToString()) < 0 ? (a, b) : (b, a);
        await ReplicaHaaltInAsync();

        // A full copy at the replica instance, then the primary moves on without the replica.
        var (kopie, token) = await VolledigeKopieAsync(Pad, "arrangementen", las, pageSize: 1);
        kopie.Keys.ShouldBe([eerste, tweede], ignoreOrder: true);
        await ZetStapAsync(tweede, "behandeling", etag, null, Medewerker);

        // The replica has not replayed the change: its feed is empty and keeps the token.
        var viaReplica = await FeedAsync(Client, token, las);
        viaReplica.GetProperty("arrangementen").GetArrayLength().ShouldBe(0, $"DIAG {viaReplica.GetRawText()} tweede={tweede} token={token} kopie={string.Join(",", kopie.Values.Select(k => k.GetProperty("versie").ToString()))} stand={await DiagAsync()}");
        viaReplica.GetProperty("wijzigingenToken").GetString().ShouldBe(token);

        // The primary has it, and gives a token of its later state.
        var viaPrimair = await FeedAsync(_primair, token, las);
        var gewijzigd = viaPrimair.GetProperty("arrangementen").EnumerateArray().Single();
        gewijzigd.GetProperty("id").GetGuid().ShouldBe(tweede);
        gewijzigd.GetProperty("status").GetString().ShouldBe("in-behandeling");
        var later = viaPrimair.GetProperty("wijzigingenToken").GetString()!;

        // That token back at the lagging replica: not refused, and the change is not repeated.
        var terug = await FeedAsync(Client, later, las);
        terug.GetProperty("arrangementen").GetArrayLength().ShouldBe(0);
        terug.GetProperty("wijzigingenToken").GetString().ShouldBe(later);

        // A full copy begun at the primary and continued at the replica: the second page shows the primary's state,
        // which the copy's token already counts as seen (from the replica's state it would lack the change for good).
        var eerstePagina = await LijstAsync(_primair, $"{Pad}?pageSize=1", las);
        var cursor = eerstePagina.GetProperty("volgendeCursor").GetString();
        var tweedePagina = await LijstAsync(Client, $"{Pad}?pageSize=1&cursor={cursor}", las);
        var rest = tweedePagina.GetProperty("arrangementen").EnumerateArray().Single();
        rest.GetProperty("id").GetGuid().ShouldBe(tweede);
        rest.GetProperty("status").GetString().ShouldBe("in-behandeling");
        var kopieToken = tweedePagina.GetProperty("wijzigingenToken").GetString();
        (await FeedAsync(Client, kopieToken!, las)).GetProperty("arrangementen").GetArrayLength().ShouldBe(0);

        // Once the replica has caught up, it answers the later token itself, the same way.
        await ReplicaHaaltInAsync();
        (await FeedAsync(Client, later, las)).GetProperty("wijzigingenToken").GetString().ShouldBe(later);
    }

    [Test]
    public async Task A_token_past_what_the_primary_knows_is_still_refused_at_the_replica_instance()
    {
        var las = await LasAsync("las-hersteld", EigenVestiging, "arrangementen.lezen");
        var (id, etag) = await VraagAanAsync();
        var (_, token) = await VolledigeKopieAsync(Pad, "arrangementen", las, pageSize: 10);
        await ZetStapAsync(id, "behandeling", etag, null, Medewerker);
        var later = (await FeedAsync(Client, token, las)).GetProperty("wijzigingenToken").GetString();

        // As after restoring an older backup: the primary no longer has the state the token came from.
        await EigenaarAsync($"DELETE FROM arrangement WHERE id = '{id}'");
        await ReplicaHaaltInAsync();
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, $"{Pad}/wijzigingen?token={later}");
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", las);
        using var geweigerd = await Client.SendAsync(verzoek);
        (await ProbleemAsync(geweigerd, 400)).GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("ongeldig-token");
    }

    /// <summary>The replica replays everything committed so far: its view shows the arrangementen up to the highest change number of now, fixed.</summary>
    private static async Task ReplicaHaaltInAsync()
    {
        var app = new NpgsqlConnectionStringBuilder(TestOmgeving.Database.Verbinding).Username;
        await EigenaarAsync($"""
            CREATE SCHEMA IF NOT EXISTS {Stand};
            GRANT USAGE ON SCHEMA {Stand} TO "{app}";
            DO $$ BEGIN
                EXECUTE format('CREATE OR REPLACE VIEW {Stand}.arrangement AS SELECT * FROM public.arrangement WHERE versie <= %s',
                    (SELECT coalesce(max(versie), 0) FROM public.arrangement));
            END $$;
            GRANT SELECT ON {Stand}.arrangement TO "{app}";
            """);
    }

    private static async Task<string> DiagAsync()
    {
        await using var connectie = new NpgsqlConnection(TestOmgeving.Database.Eigenaar);
        await connectie.OpenAsync();
        await using var opdracht = new NpgsqlCommand($"SELECT pg_get_viewdef('{Stand}.arrangement') || ' | ' || (SELECT string_agg(id::text || ':' || versie, ',') FROM public.arrangement)", connectie);
        return (string)(await opdracht.ExecuteScalarAsync())!;
    }

    private static async Task EigenaarAsync(string sql)
    {
        await using var connectie = new NpgsqlConnection(TestOmgeving.Database.Eigenaar);
        await connectie.OpenAsync();
        await using var opdracht = new NpgsqlCommand(sql, connectie);
        await opdracht.ExecuteNonQueryAsync();
    }

    private static Task<JsonElement> FeedAsync(HttpClient instantie, string token, string las) =>
        LijstAsync(instantie, $"{Pad}/wijzigingen?token={token}", las);

    private static async Task<JsonElement> LijstAsync(HttpClient instantie, string pad, string las)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, pad);
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", las);
        using var antwoord = await instantie.SendAsync(verzoek);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, await antwoord.Content.ReadAsStringAsync());
        return await JsonAsync(antwoord);
    }
}
