using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Npgsql;

namespace PassendOnderwijs.Api.FunctionalTests.Http;

/// <summary>
/// A LAS that alternates between a replica that lags and the primary. The replica is a <see cref="GepauzeerdeReplica"/>:
/// one consistent state of every table, which the primary leaves behind until the test lets it catch up. Whatever a
/// token or cursor from a later state asks of it, the LAS skips nothing, repeats nothing and is never sent back to a
/// full copy for lag alone.
/// </summary>
public sealed class AchterlopendeReplicaTests : ArrangementTest
{
    private static readonly object Afwijzing = new { beschikkingsnummer = "PO2705-2026-0800", besluitdatum = "2026-11-24", reden = "Basisondersteuning volstaat." };

    private GepauzeerdeReplica _replica = null!;
    private ApiFabriek _instantie = null!;
    private HttpClient _primair = null!;

    [SetUp]
    public async Task StartInstantieMetAchterlopendeReplicaAsync()
    {
        _replica = await GepauzeerdeReplica.MaakAsync();
        _instantie = ApiFabriek.NogEenInstantie(new Dictionary<string, string> { [Infrastructure.Persistence.DatabaseConfiguratie.LeesVariabele] = _replica.Leesverbinding });
        _primair = TestOmgeving.Fabriek.CreateClient();
        GebruikInstantie(_instantie);
    }

    [TearDown]
    public async Task StopInstantieAsync()
    {
        _primair.Dispose();
        await _instantie.DisposeAsync();
        await _replica.DisposeAsync();
    }

    [Test]
    public async Task A_LAS_that_alternates_between_a_lagging_replica_and_the_primary_skips_and_repeats_nothing()
    {
        var las = await LasAsync("las-wissel", EigenVestiging, "arrangementen.lezen");
        var a = await VraagAanAsync();
        var b = await VraagAanAsync();

        // The arrangement the primary changes is the one a full copy in pages of one shows last (in id order, as PostgreSQL
        // orders uuids), so the second page of a copy begun at the primary shows it. It is also the caller's latest
        // change when the replica stops: the case where a replica must show the row as it was, not leave it out.
        var ((eerste, eersteEtag), (tweede, etag)) = string.CompareOrdinal(a.Id.ToString(), b.Id.ToString()) < 0 ? (a, b) : (b, a);
        etag = await ZetStapAsync(tweede, "behandeling", etag, null, Medewerker);
        await GepauzeerdeReplica.HaalInAsync();

        // A full copy at the replica instance, then the primary moves on without the replica.
        var (kopie, token) = await VolledigeKopieAsync(Pad, "arrangementen", las, pageSize: 1);
        kopie.Keys.ShouldBe([eerste, tweede], ignoreOrder: true);
        await ZetStapAsync(tweede, "afwijzing", etag, Afwijzing, Medewerker);

        // The replica has not replayed the change: a copy there still shows the arrangement in behandeling, with the same token.
        var (opnieuw, zelfdeToken) = await VolledigeKopieAsync(Pad, "arrangementen", las, pageSize: 1);
        Kopietekst(opnieuw).ShouldBe(Kopietekst(kopie));
        opnieuw[tweede].GetProperty("status").GetString().ShouldBe("in-behandeling");
        zelfdeToken.ShouldBe(token);

        // Its feed is empty and keeps the token.
        var viaReplica = await FeedAsync(Client, token, las);
        viaReplica.GetProperty("arrangementen").GetArrayLength().ShouldBe(0);
        viaReplica.GetProperty("wijzigingenToken").GetString().ShouldBe(token);

        // The primary has it, and gives a token of its later state.
        var viaPrimair = await FeedAsync(_primair, token, las);
        var gewijzigd = viaPrimair.GetProperty("arrangementen").EnumerateArray().Single();
        gewijzigd.GetProperty("id").GetGuid().ShouldBe(tweede);
        gewijzigd.GetProperty("status").GetString().ShouldBe("afgewezen");
        var later = viaPrimair.GetProperty("wijzigingenToken").GetString()!;

        // That token back at the lagging replica: not refused, and the change is not repeated.
        var terug = await FeedAsync(Client, later, las);
        terug.GetProperty("arrangementen").GetArrayLength().ShouldBe(0);
        terug.GetProperty("wijzigingenToken").GetString().ShouldBe(later);

        // A full copy begun at the primary and continued at the replica: the second page shows the primary's state,
        // which the copy's token already counts as seen (from the replica's state it would lack the change for good).
        var eerstePagina = await LijstAsync(_primair, $"{Pad}?pageSize=1", las);
        eerstePagina.GetProperty("arrangementen").EnumerateArray().Single().GetProperty("id").GetGuid().ShouldBe(eerste);
        var cursor = eerstePagina.GetProperty("volgendeCursor").GetString();
        var tweedePagina = await LijstAsync(Client, $"{Pad}?pageSize=1&cursor={cursor}", las);
        var rest = tweedePagina.GetProperty("arrangementen").EnumerateArray().Single();
        rest.GetProperty("id").GetGuid().ShouldBe(tweede);
        rest.GetProperty("status").GetString().ShouldBe("afgewezen");
        var kopieToken = tweedePagina.GetProperty("wijzigingenToken").GetString()!;
        kopieToken.ShouldBe(later);
        (await FeedAsync(Client, kopieToken, las)).GetProperty("arrangementen").GetArrayLength().ShouldBe(0);

        // Once the replica has caught up, it answers the later token itself: the primary moves on once more, and the
        // replica, which has not replayed that, shows nothing new where the primary would show the change.
        await GepauzeerdeReplica.HaalInAsync();
        await ZetStapAsync(eerste, "behandeling", eersteEtag, null, Medewerker);
        var bijgewerkt = await FeedAsync(Client, later, las);
        bijgewerkt.GetProperty("arrangementen").GetArrayLength().ShouldBe(0);
        bijgewerkt.GetProperty("wijzigingenToken").GetString().ShouldBe(later);
        (await FeedAsync(_primair, later, las)).GetProperty("arrangementen").EnumerateArray().Single().GetProperty("id").GetGuid().ShouldBe(eerste);
    }

    [Test]
    public async Task A_replica_that_holds_another_tenants_later_number_does_not_vouch_for_this_tenants_earlier_one()
    {
        var las = await LasAsync("las-tenants", EigenVestiging, "arrangementen.lezen");
        List<Guid> aanvragen = [(await VraagAanAsync()).Id, (await VraagAanAsync()).Id, (await VraagAanAsync()).Id];
        var ids = aanvragen.OrderBy(id => id.ToString(), StringComparer.Ordinal).ToList();
        var (eerste, laatste, elders) = (ids[0], ids[1], ids[2]);

        // This tenant's change takes number n under its own lock and has not committed when another samenwerkingsverband,
        // not waiting for that lock, commits n + 1 (an arrangement that moves there). The replica replays up to that
        // commit: it holds a number past n, but not this tenant's n.
        long eigen;
        await using (var open = new NpgsqlConnection(TestOmgeving.Database.Eigenaar))
        {
            await open.OpenAsync();
            await using var transactie = await open.BeginTransactionAsync();
            eigen = await VersieAsync(open, transactie, $"UPDATE arrangement SET versie = versie WHERE id = '{laatste}' RETURNING versie");
            await using (var ander = new NpgsqlConnection(TestOmgeving.Database.Eigenaar))
            {
                await ander.OpenAsync();
                var andere = await VersieAsync(ander, null, $"UPDATE arrangement SET samenwerkingsverband = 'PO2801' WHERE id = '{elders}' RETURNING versie");
                andere.ShouldBeGreaterThan(eigen);
            }

            await GepauzeerdeReplica.HaalInAsync();
            await transactie.CommitAsync();
        }

        // A copy begun at the primary (its cursor from n) and continued at the replica: the replica cannot vouch for n
        // (the highest number of all rows could not tell), so the primary shows the row as changed at n.
        var eerstePagina = await LijstAsync(_primair, $"{Pad}?pageSize=1", las);
        eerstePagina.GetProperty("arrangementen").EnumerateArray().Single().GetProperty("id").GetGuid().ShouldBe(eerste);
        var cursor = eerstePagina.GetProperty("volgendeCursor").GetString();
        var tweedePagina = await LijstAsync(Client, $"{Pad}?pageSize=1&cursor={cursor}", las);
        var rest = tweedePagina.GetProperty("arrangementen").EnumerateArray().Single();
        rest.GetProperty("id").GetGuid().ShouldBe(laatste);
        rest.GetProperty("versie").GetInt64().ShouldBe(eigen);
        var token = tweedePagina.GetProperty("wijzigingenToken").GetString()!;
        (await FeedAsync(Client, token, las)).GetProperty("arrangementen").GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task A_token_past_what_the_primary_knows_is_still_refused_at_the_replica_instance()
    {
        var las = await LasAsync("las-hersteld", EigenVestiging, "arrangementen.lezen");
        var (id, etag) = await VraagAanAsync();
        await GepauzeerdeReplica.HaalInAsync();
        var (_, token) = await VolledigeKopieAsync(Pad, "arrangementen", las, pageSize: 10);
        await ZetStapAsync(id, "behandeling", etag, null, Medewerker);
        var later = (await FeedAsync(_primair, token, las)).GetProperty("wijzigingenToken").GetString();

        // As after restoring an older backup: the primary, and the replica that follows it, no longer have the state
        // the token came from.
        await EigenaarAsync($"DELETE FROM arrangement WHERE id = '{id}'");
        await GepauzeerdeReplica.HaalInAsync();
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, $"{Pad}/wijzigingen?token={later}");
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", las);
        using var geweigerd = await Client.SendAsync(verzoek);
        (await ProbleemAsync(geweigerd, 400)).GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("ongeldig-token");
    }

    private static async Task EigenaarAsync(string sql)
    {
        await using var connectie = new NpgsqlConnection(TestOmgeving.Database.Eigenaar);
        await connectie.OpenAsync();
        await using var opdracht = new NpgsqlCommand(sql, connectie);
        await opdracht.ExecuteNonQueryAsync();
    }

    private static async Task<long> VersieAsync(NpgsqlConnection connectie, NpgsqlTransaction? transactie, string sql)
    {
        await using var opdracht = new NpgsqlCommand(sql, connectie, transactie);
        return (long)(await opdracht.ExecuteScalarAsync())!;
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
