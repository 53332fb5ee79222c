using System.Net;
using System.Text.Json;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;

namespace PassendOnderwijs.Api.FunctionalTests.Webhooks;

/// <summary>The pull feed: the same events as the webhooks, for a koppeling's scopes and vestigingen, with the sync kit's tokens.</summary>
[NonParallelizable]
public class NotificatieFeedTests : ArrangementTest
{
    private const string Feed = "/api/v1/notificaties";

    private WebhookInstantie _instantie = null!;

    [OneTimeSetUp]
    public void Start() => _instantie = new WebhookInstantie();

    [OneTimeTearDown]
    public async Task StopAsync() => await _instantie.DisposeAsync();

    [Test]
    public async Task A_koppeling_reads_the_events_of_its_own_vestigingen_with_its_scopes_and_continues_with_the_token()
    {
        var eigen = await LasAsync("k-feed-eigen", EigenVestiging, "arrangementen.lezen", "notificaties.lezen");
        var ander = await LasAsync("k-feed-ander", AndereVestiging, "arrangementen.lezen", "notificaties.lezen");
        var zonderScope = await LasAsync("k-feed-tlv", EigenVestiging, "tlv.lezen", "notificaties.lezen");
        var (id, etag) = await VraagAanAsync();
        await ZetStapAsync(id, "behandeling", etag, null, Medewerker);
        await _instantie.VerwerkOutboxAsync();

        var eerste = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Feed}?pageSize=1", token: eigen);
        var items = eerste.GetProperty("notificaties").EnumerateArray().ToList();
        items.ShouldHaveSingleItem().GetProperty("type").GetString().ShouldBe("nl.passendonderwijs.arrangement.aangevraagd");
        items[0].GetProperty("subject").GetString().ShouldBe($"/api/v1/arrangementen/{id}");
        items[0].GetProperty("specversion").GetString().ShouldBe("1.0");
        eerste.GetProperty("meerNotificaties").GetBoolean().ShouldBeTrue();

        var tweede = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Feed}?vanaf={Token(eerste)}", token: eigen);
        tweede.GetProperty("notificaties").EnumerateArray().Single().GetProperty("type").GetString()
            .ShouldBe("nl.passendonderwijs.arrangement.inbehandelinggenomen");
        tweede.GetProperty("meerNotificaties").GetBoolean().ShouldBeFalse();
        var leeg = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Feed}?vanaf={Token(tweede)}", token: eigen);
        leeg.GetProperty("notificaties").GetArrayLength().ShouldBe(0);
        Token(leeg).ShouldNotBeNullOrEmpty();

        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Feed, token: ander)).GetProperty("notificaties").GetArrayLength()
            .ShouldBe(0, "another vestiging's arrangement");
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Feed, token: zonderScope)).GetProperty("notificaties").GetArrayLength()
            .ShouldBe(0, "without arrangementen.lezen no arrangement events");
    }

    [Test]
    public async Task A_token_of_another_feed_or_a_changed_one_is_a_400_and_without_the_scope_it_is_403()
    {
        var las = await LasAsync("k-feed-token", EigenVestiging, "arrangementen.lezen", "notificaties.lezen", "tlv.lezen");
        var arrangementen = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/arrangementen", token: las);
        var anderToken = arrangementen.GetProperty("wijzigingenToken").GetString();
        await Verwacht(HttpStatusCode.BadRequest, HttpMethod.Get, $"{Feed}?vanaf={anderToken}", token: las);
        await Verwacht(HttpStatusCode.BadRequest, HttpMethod.Get, $"{Feed}?vanaf=AAAA", token: las);

        var zonder = await LasAsync("k-feed-zonder", EigenVestiging, "arrangementen.lezen");
        await Verwacht(HttpStatusCode.Forbidden, HttpMethod.Get, Feed, token: zonder);
    }

    [Test]
    public async Task The_catalogue_lists_every_type_with_its_scope_and_resource()
    {
        var catalogus = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/notificatiesoorten", token: Beheerder);
        var soorten = catalogus.GetProperty("soorten").EnumerateArray().ToDictionary(s => s.GetProperty("type").GetString()!, s => s);
        soorten["nl.passendonderwijs.arrangement.toegekend"].GetProperty("scope").GetString().ShouldBe("arrangementen.lezen");
        soorten["nl.passendonderwijs.tlv.besloten"].GetProperty("subject").GetString().ShouldBe("/api/v1/toelaatbaarheidsverklaringen/{id}");
        soorten["nl.passendonderwijs.opp.vastgesteld"].GetProperty("scope").GetString().ShouldBe("opp.lezen");
        soorten.Values.ShouldAllBe(s => s.GetProperty("omschrijving").GetString()!.EndsWith('.'));
    }

    private static string Token(JsonElement antwoord) => antwoord.GetProperty("wijzigingenToken").GetString()!;
}
