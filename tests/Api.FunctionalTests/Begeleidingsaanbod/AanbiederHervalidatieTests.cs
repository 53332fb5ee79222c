using System.Net;
using System.Net.Http.Headers;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;

namespace PassendOnderwijs.Api.FunctionalTests.Begeleidingsaanbod;

/// <summary>
/// A page of the register has an ETag that follows from what fixes its content (the register's change number, the
/// request, the representation, the caller's rights), so a client that holds the page gets a 304 before the list is
/// read, and any change that could change the page gives the old ETag a 200 with the new content.
/// </summary>
public class AanbiederHervalidatieTests : AanbiederTest
{
    private const string Lijst = Pad + "?pageSize=2&sorteer=code";

    private string _las = null!;

    [SetUp]
    public async Task MaakLasAsync()
    {
        await TestClients.RegistreerAsync("las-hervalidatie", "PO2705", "aanbieders.lezen");
        _las = await TestClients.TokenAsync(Client, "las-hervalidatie", "aanbieders.lezen");
    }

    [Test]
    public async Task A_page_the_client_holds_is_a_304_with_its_etag_and_cache_headers_and_no_body()
    {
        await RegistreerAsync("400A001", 1, AanbiederVoorbeeld.Aanbod());
        await RegistreerAsync("400A002");

        using var eerst = await Lees(Lijst);
        eerst.StatusCode.ShouldBe(HttpStatusCode.OK);
        var etag = eerst.Headers.ETag!;
        etag.IsWeak.ShouldBeTrue("the same version is served identity, gzip or br");
        eerst.Headers.Vary.ShouldContain("Accept");
        eerst.Headers.Vary.ShouldContain("Accept-Encoding");

        using var opnieuw = await Lees(Lijst, etag.ToString());
        opnieuw.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        opnieuw.Headers.ETag.ShouldBe(etag);
        opnieuw.Headers.CacheControl!.ToString().ShouldBe(eerst.Headers.CacheControl!.ToString());
        opnieuw.Headers.Vary.ShouldBe(eerst.Headers.Vary);
        opnieuw.Headers.GetValues("API-Version").ShouldHaveSingleItem();
        (await opnieuw.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();

        // Weak comparison: the strong form of the same tag matches too, and so does "*".
        using var sterk = await Lees(Lijst, $"\"{etag.Tag.Trim('"')}\"");
        sterk.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        using var iedere = await Lees(Lijst, "*");
        iedere.StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Test]
    public async Task After_each_change_that_can_change_the_page_the_old_etag_gets_a_200_with_the_new_page()
    {
        await RegistreerAsync("410A001", 1, AanbiederVoorbeeld.Aanbod());
        await RegistreerAsync("410A002");
        await RegistreerAsync("410A003");
        var (etag, _) = await HaalPaginaAsync(null);

        // New contact details.
        var (_, versie1) = await HaalOpAsync("410A001");
        (await Wijzig(HttpMethod.Put, $"{Pad}/410A001/communicatiecontexten", versie1, new
        {
            communicatiecontexten = new[] { new { context = "AANMELDEN", email = "nieuw-adres@voorbeeld.nl" } },
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (etag2, inhoud2) = await HaalPaginaAsync(etag);
        inhoud2.ShouldContain("nieuw-adres@voorbeeld.nl");

        // Aanbod added (a change to the other table of the aggregate).
        var (_, versie2) = await HaalOpAsync("410A002");
        (await Wijzig(HttpMethod.Post, $"{Pad}/410A002/aanbod", versie2, AanbiederVoorbeeld.Aanbod("VISUEEL_MEERVOUDIG_BEPERKT"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (etag3, inhoud3) = await HaalPaginaAsync(etag2);
        inhoud3.ShouldContain("VISUEEL_MEERVOUDIG_BEPERKT");

        // Out of service.
        var (_, versie3) = await HaalOpAsync("410A002");
        (await Wijzig(HttpMethod.Post, $"{Pad}/410A002/uitbedrijfname", versie3, new { laatsteDag = "2026-12-31" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (etag4, inhoud4) = await HaalPaginaAsync(etag3);
        inhoud4.ShouldContain("2026-12-31");

        // Removed: the page now shows the next aanbieder instead.
        var (_, versie4) = await HaalOpAsync("410A001");
        (await Wijzig(HttpMethod.Delete, $"{Pad}/410A001", versie4)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var (etag5, inhoud5) = await HaalPaginaAsync(etag4);
        inhoud5.ShouldNotContain("410A001");
        inhoud5.ShouldContain("410A003");

        // And a change to an aanbieder on another page changes this page's ETag too: the register's number moved.
        (await Lees(Lijst, etag5)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
        await RegistreerAsync("410A009");
        (await Lees(Lijst, etag5)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task Another_query_representation_or_caller_has_another_etag()
    {
        await RegistreerAsync("420A001", 1, AanbiederVoorbeeld.Aanbod());
        await RegistreerAsync("420A002");
        await RegistreerAsync("420A003");

        using var eerste = await Lees(Lijst);
        var cursor = (await JsonAsync(eerste)).GetProperty("volgendeCursor").GetString();
        var etags = new List<string> { eerste.Headers.ETag!.Tag };
        foreach (var url in new[]
        {
            Pad + "?pageSize=3&sorteer=code", Pad + "?pageSize=2&sorteer=-code", Pad + "?pageSize=2", Lijst + "&naam=420",
            Lijst + "&expertise=VISUELE_BEPERKINGEN", Lijst + "&werkgebied=PO2705", Lijst + "&cluster=1", Lijst + "&geldigOp=2026-11-24",
            Lijst + "&gewijzigdSinds=2026-01-01T00:00:00Z", Lijst + "&cursor=" + cursor,
        })
        {
            using var antwoord = await Lees(url);
            antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            etags.Add(antwoord.Headers.ETag!.Tag);
        }

        using var ndjson = await Lees(Pad + "?sorteer=code", accept: "application/x-ndjson");
        etags.Add(ndjson.Headers.ETag!.Tag);

        // magWijzigen differs: the administrator of PO2705 may change these aanbieders, the LAS may not.
        using var beheerder = await Stuur(HttpMethod.Get, Lijst);
        etags.Add(beheerder.Headers.ETag!.Tag);
        etags.ShouldBeUnique();

        // The JSON page's ETag never revalidates the ndjson copy of the same selection, nor the reverse.
        using var kruislings = await Lees(Pad + "?sorteer=code", etags[^2], accept: "application/json");
        kruislings.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_feed_page_the_client_holds_is_a_304_until_the_register_changes()
    {
        await RegistreerAsync("430A001");
        using var volledig = await Lees(Pad + "?pageSize=100");
        var token = (await JsonAsync(volledig)).GetProperty("wijzigingenToken").GetString();
        var feed = $"{Pad}/wijzigingen?token={token}";

        using var leeg = await Lees(feed);
        leeg.StatusCode.ShouldBe(HttpStatusCode.OK);
        var etag = leeg.Headers.ETag!;
        etag.IsWeak.ShouldBeTrue();
        using var nogSteedsLeeg = await Lees(feed, etag.ToString());
        nogSteedsLeeg.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        nogSteedsLeeg.Headers.ETag.ShouldBe(etag);

        await RegistreerAsync("430A002");
        using var nieuw = await Lees(feed, etag.ToString());
        nieuw.StatusCode.ShouldBe(HttpStatusCode.OK);
        nieuw.Headers.ETag.ShouldNotBe(etag);
        (await JsonAsync(nieuw)).GetProperty("wijzigingen")[0].GetProperty("code").GetString().ShouldBe("430A002");
    }

    [Test]
    public async Task Removing_the_last_aanbieder_still_changes_the_etags_and_reaches_the_feed()
    {
        // With no aanbieder left, only the tombstone carries the register's highest change number.
        await RegistreerAsync("440A001");
        using var volledig = await Lees(Pad + "?pageSize=100");
        var token = (await JsonAsync(volledig)).GetProperty("wijzigingenToken").GetString();
        var feed = $"{Pad}/wijzigingen?token={token}";
        using var leeg = await Lees(feed);
        var (_, versie) = await HaalOpAsync("440A001");

        using var verwijderd = await Wijzig(HttpMethod.Delete, $"{Pad}/440A001", versie);
        verwijderd.StatusCode.ShouldBe(HttpStatusCode.NoContent);

        using var lijst = await Lees(Pad + "?pageSize=100", volledig.Headers.ETag!.ToString());
        lijst.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await JsonAsync(lijst)).GetProperty("onderwijsbegeleidingsaanbieders").GetArrayLength().ShouldBe(0);
        using var wijzigingen = await Lees(feed, leeg.Headers.ETag!.ToString());
        wijzigingen.StatusCode.ShouldBe(HttpStatusCode.OK);
        var wijziging = (await JsonAsync(wijzigingen)).GetProperty("wijzigingen").EnumerateArray().ShouldHaveSingleItem();
        wijziging.GetProperty("code").GetString().ShouldBe("440A001");
        wijziging.GetProperty("soort").GetString().ShouldBe("verwijderd");

        // Unchanged since: the new ETag holds.
        using var opnieuw = await Lees(Pad + "?pageSize=100", lijst.Headers.ETag!.ToString());
        opnieuw.StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Test]
    public async Task Invalid_input_is_refused_before_any_if_none_match_is_answered()
    {
        using var response = await Lees(Pad + "?expertise=BESTAAT_NIET", "*");
        await ProbleemAsync(response, 400);
        using var feed = await Lees(Pad + "/wijzigingen?token=bm9nLWVlbi10b2tlbg", "*");
        await ProbleemAsync(feed, 400);
    }

    private async Task<(string Etag, string Inhoud)> HaalPaginaAsync(string? oud)
    {
        using var response = await Lees(Lijst, oud);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var etag = response.Headers.ETag!.ToString();
        etag.ShouldNotBe(oud);
        return (etag, await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> Lees(string url, string? ifNoneMatch = null, string? accept = null)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, url);
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _las);
        if (ifNoneMatch is not null)
        {
            verzoek.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        if (accept is not null)
        {
            verzoek.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        return await Client.SendAsync(verzoek);
    }
}
