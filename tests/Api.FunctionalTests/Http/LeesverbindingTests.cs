using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PassendOnderwijs.Api.FunctionalTests.Arrangementen;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Api.FunctionalTests.Http;

/// <summary>
/// An instance with a read connection (<c>PASSENDONDERWIJS_DB_LEZEN</c>): here the same database through a session
/// that refuses every write, as a streaming replica does. The m2m sync's lists and feeds read there; every command, the
/// token endpoint, idempotency and the audit records of those very reads still write to the primary.
/// </summary>
public sealed class LeesverbindingTests : ArrangementTest
{
    private ApiFabriek _instantie = null!;
    private string _leesnaam = null!;

    [SetUp]
    public void StartInstantieMetLeesverbinding()
    {
        // A name of its own per test, so the sessions of this read connection can be told from every other.
        _leesnaam = $"po-lezen-{Guid.NewGuid():N}";
        var lezen = new NpgsqlConnectionStringBuilder(TestOmgeving.Database.Verbinding)
        {
            ApplicationName = _leesnaam,
            Options = "-c default_transaction_read_only=on",
        };
        _instantie = ApiFabriek.NogEenInstantie(new Dictionary<string, string> { [DatabaseConfiguratie.LeesVariabele] = lezen.ConnectionString });
        GebruikInstantie(_instantie);
    }

    [TearDown]
    public async Task StopInstantieAsync() => await _instantie.DisposeAsync();

    [Test]
    public async Task A_LAS_syncs_through_the_read_connection_while_every_write_goes_to_the_primary()
    {
        // People write and read their own writes at this instance: all on the primary (the read session would refuse a write).
        var (eerste, etag) = await VraagAanAsync();
        var aanvraag = ArrangementVoorbeeld.Aanvraag(LeerlingId);
        using var tweede = await StuurMetSleutelAsync(aanvraag, "replica-1");
        tweede.StatusCode.ShouldBe(HttpStatusCode.Created, await tweede.Content.ReadAsStringAsync());
        using var herhaald = await StuurMetSleutelAsync(aanvraag, "replica-1");
        (await JsonAsync(herhaald)).GetProperty("id").GetGuid().ShouldBe((await JsonAsync(tweede)).GetProperty("id").GetGuid());

        etag = await ZetStapAsync(eerste, "behandeling", etag, null, Medewerker);
        var lijst = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Pad, token: Medewerker);
        lijst.GetProperty("arrangementen").EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == eerste)
            .GetProperty("status").GetString().ShouldBe("in-behandeling");
        (await LeessessiesAsync()).ShouldBe(0, "a person's reads and every write use the primary");

        // The LAS gets its token here (a write of the token endpoint) and takes a full copy, then follows the feed.
        var las = await LasAsync("las-replica", EigenVestiging, "arrangementen.lezen");
        var (kopie, token) = await VolledigeKopieAsync(Pad, "arrangementen", las, pageSize: 1);
        kopie.Count.ShouldBe(2);
        (await LeessessiesAsync()).ShouldBeGreaterThan(0, "the LAS's lists and feed read through the read connection");

        await ZetStapAsync(eerste, "afwijzing", etag, new { beschikkingsnummer = "PO2705-2026-0700", besluitdatum = "2026-11-24", reden = "Basisondersteuning volstaat." }, Medewerker);
        var wijzigingen = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Pad}/wijzigingen?token={token}", token: las);
        var gewijzigd = wijzigingen.GetProperty("arrangementen").EnumerateArray().Single();
        gewijzigd.GetProperty("id").GetGuid().ShouldBe(eerste);
        gewijzigd.GetProperty("status").GetString().ShouldBe("afgewezen");

        // The next poll continues from the feed's token: nothing new, the same token, nothing repeated.
        var volgende = wijzigingen.GetProperty("wijzigingenToken").GetString();
        var leeg = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Pad}/wijzigingen?token={volgende}", token: las);
        leeg.GetProperty("arrangementen").GetArrayLength().ShouldBe(0);

        // Every read of pupil data by the LAS is in the audit log on the primary, one record per arrangement shown.
        await using var scope = TestOmgeving.Fabriek.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();
        (await db.AuditRegels.IgnoreQueryFilters().CountAsync(r => r.Actor == "las-replica" && r.ResourceId == eerste.ToString())).ShouldBe(2);
    }

    [Test]
    public async Task The_TLV_and_OPP_feeds_of_a_LAS_answer_through_the_read_connection()
    {
        var las = await LasAsync("las-feeds", EigenVestiging, "tlv.lezen", "opp.lezen");
        foreach (var (sync, lijst, feed) in new[] { ("/api/v1/toelaatbaarheidsverklaringen/sync", "toelaatbaarheidsverklaringen", "/api/v1/toelaatbaarheidsverklaringen/wijzigingen"),
            ("/api/v1/ontwikkelingsperspectiefplannen/sync", "ontwikkelingsperspectiefplannen", "/api/v1/ontwikkelingsperspectiefplannen/wijzigingen") })
        {
            var (_, token) = await VolledigeKopieAsync(sync, lijst, las, pageSize: 10);
            var leeg = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{feed}?token={token}", token: las);
            leeg.GetProperty(lijst).GetArrayLength().ShouldBe(0);
        }

        (await LeessessiesAsync()).ShouldBeGreaterThan(0);
    }

    /// <summary>How many sessions of this test's read connection the server has: Npgsql keeps them in its pool.</summary>
    private async Task<long> LeessessiesAsync()
    {
        await using var connectie = new NpgsqlConnection(TestOmgeving.Database.Verbindingen.Beheer);
        await connectie.OpenAsync();
        await using var opdracht = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE application_name = @naam", connectie);
        opdracht.Parameters.AddWithValue("naam", _leesnaam);
        return (long)(await opdracht.ExecuteScalarAsync())!;
    }

    private async Task<HttpResponseMessage> StuurMetSleutelAsync(object aanvraag, string sleutel)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, Pad) { Content = JsonContent.Create(aanvraag) };
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", IbEigen);
        verzoek.Headers.Add("Idempotency-Key", sleutel);
        return await Client.SendAsync(verzoek);
    }
}
