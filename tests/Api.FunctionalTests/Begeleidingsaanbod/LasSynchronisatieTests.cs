using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Application.Begeleidingsaanbod;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Api.FunctionalTests.Begeleidingsaanbod;

/// <summary>
/// A LAS as it would integrate: take a full copy page by page, keep the token, later apply only the changes and
/// tombstones from the feed, and end with exactly what the register holds. Polling uses ETags.
/// </summary>
public class LasSynchronisatieTests : AanbiederTest
{
    private string _las = null!;

    [SetUp]
    public async Task MaakLasAsync()
    {
        await TestClients.RegistreerAsync("las-sync", "PO2705", "aanbieders.lezen");
        _las = await TestClients.TokenAsync(Client, "las-sync", "aanbieders.lezen");
    }

    [Test]
    public async Task A_full_sync_followed_by_the_change_feed_ends_with_exactly_the_registers_state()
    {
        for (var i = 1; i <= 5; i++)
        {
            await RegistreerAsync($"100A00{i}", 1, AanbiederVoorbeeld.Aanbod());
        }

        var kopie = new Dictionary<string, string>();
        var token = await VolledigAsync(kopie, pageSize: 2, verwachtePaginas: 3);
        kopie.Keys.Order().ShouldBe(["100A001", "100A002", "100A003", "100A004", "100A005"]);

        // Meanwhile, in the register:
        var (_, etag1) = await HaalOpAsync("100A001");
        (await Wijzig(HttpMethod.Put, $"{Pad}/100A001/communicatiecontexten", etag1, new
        {
            communicatiecontexten = new[] { new { context = "AANMELDEN", email = "aanmelden@voorbeeld.nl" } },
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (_, etag2) = await HaalOpAsync("100A002");
        (await Wijzig(HttpMethod.Post, $"{Pad}/100A002/aanbod", etag2, AanbiederVoorbeeld.Aanbod("VISUEEL_MEERVOUDIG_BEPERKT"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (_, etag3) = await HaalOpAsync("100A003");
        (await Wijzig(HttpMethod.Post, $"{Pad}/100A003/uitbedrijfname", etag3, new { laatsteDag = "2026-12-31" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (_, etag4) = await HaalOpAsync("100A004");
        (await Wijzig(HttpMethod.Delete, $"{Pad}/100A004", etag4)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await RegistreerAsync("100A006");

        var soorten = new List<string>();
        token = await VolgWijzigingenAsync(kopie, token, soorten);
        soorten.ShouldBe(["gewijzigd 100A001", "gewijzigd 100A002", "gewijzigd 100A003", "verwijderd 100A004 uit-register", "gewijzigd 100A006"]);

        var register = new Dictionary<string, string>();
        await VolledigAsync(register, pageSize: 100, verwachtePaginas: 1);
        kopie.OrderBy(k => k.Key, StringComparer.Ordinal).ShouldBe(register.OrderBy(k => k.Key, StringComparer.Ordinal));

        // Nothing new: an empty page, and polling it again costs a 304 without a body.
        using var leeg = await Lees($"{Pad}/wijzigingen?token={token}");
        (await JsonAsync(leeg)).GetProperty("wijzigingen").GetArrayLength().ShouldBe(0);
        using var ongewijzigd = await Lees($"{Pad}/wijzigingen?token={token}", leeg.Headers.ETag!.Tag);
        ongewijzigd.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await ongewijzigd.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();

        using var eerstePagina = await Lees($"{Pad}?pageSize=2");
        using var opnieuw = await Lees($"{Pad}?pageSize=2", eerstePagina.Headers.ETag!.Tag);
        opnieuw.StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Test]
    public async Task An_aanbieder_that_leaves_a_followed_selection_arrives_as_a_tombstone()
    {
        await RegistreerAsync("200A001", 1, AanbiederVoorbeeld.Aanbod());
        await RegistreerAsync("200A002", 1, AanbiederVoorbeeld.Aanbod("VISUEEL_MEERVOUDIG_BEPERKT"));

        var kopie = new Dictionary<string, string>();
        var token = await VolledigAsync(kopie, pageSize: 10, verwachtePaginas: 1, filter: "&expertise=VISUELE_BEPERKINGEN&werkgebied=PO2705");
        kopie.Keys.ShouldBe(["200A001"]);

        // Ending the offer before it starts removes it: 200A001 no longer offers the followed expertise.
        var (aanbieder, etag) = await HaalOpAsync("200A001");
        var aanbodId = aanbieder.GetProperty("aanbod")[0].GetProperty("id").GetString();
        (await Wijzig(HttpMethod.Post, $"{Pad}/200A001/aanbod/{aanbodId}/beeindiging", etag, new { laatsteDag = "2026-07-31" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var (_, etag2) = await HaalOpAsync("200A002");
        (await Wijzig(HttpMethod.Post, $"{Pad}/200A002/aanbod", etag2, AanbiederVoorbeeld.Aanbod())).StatusCode.ShouldBe(HttpStatusCode.OK);

        var soorten = new List<string>();
        await VolgWijzigingenAsync(kopie, token, soorten);
        soorten.ShouldBe(["verwijderd 200A001 buiten-selectie", "gewijzigd 200A002"]);
        kopie.Keys.ShouldBe(["200A002"]);
    }

    [Test]
    public async Task A_token_older_than_the_retention_window_is_gone_with_advice_to_resynchronise()
    {
        // A genuine token (signed with the API's own key) handed out 31 days ago.
        var oud = DateOnly.FromDateTime(VasteKlok.Standaard.UtcDateTime).AddDays(-31);
        var token = await TestOmgeving.Fabriek.Services.GetRequiredService<ISynctokens>()
            .MaakAsync(new WijzigingenToken(0, oud, new AanbiederSelectie()), CancellationToken.None);

        using var response = await Lees($"{Pad}/wijzigingen?token={token}");
        var probleem = await ProbleemAsync(response, 410);
        probleem.GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:token-verlopen");
        probleem.GetProperty("detail").GetString()!.ShouldContain("volledig");
    }

    [Test]
    public async Task A_token_the_api_did_not_give_is_refused_as_invalid_input()
    {
        using var response = await Lees($"{Pad}/wijzigingen?token=bm9nLWVlbi10b2tlbg");
        var probleem = await ProbleemAsync(response, 400);
        probleem.GetProperty("errors")[0].GetProperty("parameter").GetString().ShouldBe("token");
        probleem.GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:ongeldig-token");
    }

    [Test]
    public async Task A_date_filtered_list_gives_no_token_because_time_alone_changes_it()
    {
        await RegistreerAsync("300A001", 1, AanbiederVoorbeeld.Aanbod());

        using var response = await Lees($"{Pad}?geldigOp=2026-11-24");
        var pagina = await JsonAsync(response);
        pagina.GetProperty("onderwijsbegeleidingsaanbieders").GetArrayLength().ShouldBe(1);
        pagina.TryGetProperty("wijzigingenToken", out _).ShouldBeFalse();
    }

    private async Task<string> VolledigAsync(Dictionary<string, string> kopie, int pageSize, int verwachtePaginas, string filter = "")
    {
        var url = $"{Pad}?pageSize={pageSize}{filter}";
        var paginas = 0;
        while (true)
        {
            using var response = await Lees(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            paginas++;
            var pagina = await JsonAsync(response);
            foreach (var aanbieder in pagina.GetProperty("onderwijsbegeleidingsaanbieders").EnumerateArray())
            {
                kopie[aanbieder.GetProperty("code").GetString()!] = aanbieder.GetRawText();
            }

            if (pagina.TryGetProperty("wijzigingenToken", out var token))
            {
                response.Headers.Contains("Link").ShouldBeFalse();
                paginas.ShouldBe(verwachtePaginas);
                return token.GetString()!;
            }

            // The Link header and the cursor in the body lead to the same next page.
            var cursor = pagina.GetProperty("volgendeCursor").GetString()!;
            var link = response.Headers.GetValues("Link").Single();
            link.ShouldContain("cursor=" + cursor);
            url = link[1..link.IndexOf('>', StringComparison.Ordinal)];
        }
    }

    private async Task<string> VolgWijzigingenAsync(Dictionary<string, string> kopie, string token, List<string> soorten)
    {
        bool meer;
        do
        {
            using var response = await Lees($"{Pad}/wijzigingen?token={token}&pageSize=2");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            var pagina = await JsonAsync(response);
            foreach (var wijziging in pagina.GetProperty("wijzigingen").EnumerateArray())
            {
                var code = wijziging.GetProperty("code").GetString()!;
                var soort = wijziging.GetProperty("soort").GetString()!;
                if (soort == "gewijzigd")
                {
                    kopie[code] = wijziging.GetProperty("onderwijsbegeleidingsaanbieder").GetRawText();
                    soorten.Add($"{soort} {code}");
                }
                else
                {
                    kopie.Remove(code);
                    soorten.Add($"{soort} {code} {wijziging.GetProperty("reden").GetString()}");
                }
            }

            token = pagina.GetProperty("wijzigingenToken").GetString()!;
            meer = pagina.GetProperty("meerWijzigingen").GetBoolean();
        }
        while (meer);

        return token;
    }

    private async Task<HttpResponseMessage> Lees(string url, string? ifNoneMatch = null)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, url);
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _las);
        if (ifNoneMatch is not null)
        {
            verzoek.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(ifNoneMatch));
        }

        return await Client.SendAsync(verzoek);
    }
}
