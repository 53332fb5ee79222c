using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;

namespace PassendOnderwijs.Api.FunctionalTests.Begeleidingsaanbod;

/// <summary>
/// The bulk first load of a LAS: the list as application/x-ndjson streams the whole selection in one request (read
/// in batches, which the tests make two aanbieders large so several are needed), one aanbieder per line, exactly as
/// the pages show them, and ends with the feed token, from which the feed continues.
/// </summary>
public class AanbiederKopieTests : AanbiederTest
{
    private const string Ndjson = "application/x-ndjson";

    private string _las = null!;

    [SetUp]
    public async Task MaakLasAsync()
    {
        await TestClients.RegistreerAsync("las-kopie", "PO2705", "aanbieders.lezen");
        _las = await TestClients.TokenAsync(Client, "las-kopie", "aanbieders.lezen");
    }

    [Test]
    public async Task The_copy_has_one_line_per_aanbieder_as_the_pages_show_them_and_ends_with_the_feed_token()
    {
        for (var i = 1; i <= 5; i++)
        {
            await RegistreerAsync($"500A00{i}", 1, AanbiederVoorbeeld.Aanbod());
        }

        using var response = await Lees(Pad, Ndjson);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(Ndjson);
        response.Headers.ETag.ShouldNotBeNull();
        var regels = (await response.Content.ReadAsStringAsync()).Split('\n');
        regels[^1].ShouldBeEmpty("every line ends with a newline");
        var objecten = regels[..^1].Select(r => JsonDocument.Parse(r).RootElement.Clone()).ToList();
        var aanbieders = objecten[..^1];
        var einde = objecten[^1];

        // The same aanbieders, in the same order and the same form, as three pages of two.
        var paginas = new List<string>();
        var url = $"{Pad}?pageSize=2";
        string? paginaToken = null;
        while (url is not null)
        {
            using var pagina = await Lees(url, "application/json");
            var json = await JsonAsync(pagina);
            paginas.AddRange(json.GetProperty("onderwijsbegeleidingsaanbieders").EnumerateArray().Select(a => a.GetRawText()));
            paginaToken = json.TryGetProperty("wijzigingenToken", out var t) ? t.GetString() : null;
            url = pagina.Headers.TryGetValues("Link", out var link) ? link.Single()[1..link.Single().IndexOf('>', StringComparison.Ordinal)] : null;
        }

        paginas.Count.ShouldBe(5);
        aanbieders.Select(a => a.GetRawText()).ShouldBe(paginas);
        einde.GetProperty("aantal").GetInt64().ShouldBe(5);
        einde.GetProperty("wijzigingenToken").GetString().ShouldBe(paginaToken);

        // Right after the copy the feed has nothing new.
        using var feed = await Lees($"{Pad}/wijzigingen?token={einde.GetProperty("wijzigingenToken").GetString()}", "application/json");
        feed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await JsonAsync(feed)).GetProperty("wijzigingen").GetArrayLength().ShouldBe(0);

        // Unchanged: the copy's ETag gives a 304 without a body.
        using var opnieuw = await Lees(Pad, Ndjson, response.Headers.ETag!.ToString());
        opnieuw.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await opnieuw.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task The_copy_takes_the_lists_filters_and_order_and_a_date_selection_ends_without_a_token()
    {
        await RegistreerAsync("510A001", 1, AanbiederVoorbeeld.Aanbod());
        await RegistreerAsync("510A002", 1, AanbiederVoorbeeld.Aanbod("VISUEEL_MEERVOUDIG_BEPERKT"));
        await RegistreerAsync("510A003", 1, AanbiederVoorbeeld.Aanbod());
        await RegistreerAsync("510A004");

        var gefilterd = await KopieAsync($"{Pad}?expertise=VISUELE_BEPERKINGEN&sorteer=-code");
        gefilterd.Aanbieders.ShouldBe(["510A003", "510A001"]);
        gefilterd.Einde.GetProperty("aantal").GetInt64().ShouldBe(2);
        gefilterd.Einde.TryGetProperty("wijzigingenToken", out _).ShouldBeTrue();

        var opDatum = await KopieAsync($"{Pad}?geldigOp=2026-11-24&sorteer=code");
        opDatum.Aanbieders.ShouldBe(["510A001", "510A002", "510A003"]);
        opDatum.Einde.TryGetProperty("wijzigingenToken", out _).ShouldBeFalse();
    }

    [Test]
    public async Task Paging_parameters_are_refused_and_the_access_rule_is_the_lists()
    {
        using var metPagina = await Lees($"{Pad}?pageSize=10&cursor=abc", Ndjson);
        var probleem = await ProbleemAsync(metPagina, 400);
        probleem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("parameter").GetString()).ShouldBe(["cursor", "pageSize"], ignoreOrder: true);

        await TestClients.RegistreerAsync("las-zonder-scope", "PO2705", "arrangementen.lezen");
        var zonder = await TestClients.TokenAsync(Client, "las-zonder-scope", "arrangementen.lezen");
        using var verboden = await Lees(Pad, Ndjson, token: zonder);
        await ProbleemAsync(verboden, 403);
    }

    private async Task<(List<string> Aanbieders, JsonElement Einde)> KopieAsync(string url)
    {
        using var response = await Lees(url, Ndjson);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var regels = (await response.Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n')
            .Select(r => JsonDocument.Parse(r).RootElement.Clone()).ToList();
        return (regels[..^1].Select(r => r.GetProperty("code").GetString()!).ToList(), regels[^1]);
    }

    private async Task<HttpResponseMessage> Lees(string url, string accept, string? ifNoneMatch = null, string? token = null)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, url);
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? _las);
        verzoek.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        if (ifNoneMatch is not null)
        {
            verzoek.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await Client.SendAsync(verzoek);
    }
}
