using System.Net;
using System.Text.Json;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;

namespace PassendOnderwijs.Api.FunctionalTests.Arrangementen;

/// <summary>A LAS keeps a copy of its pupils' arrangementen: a full sync in pages, then only the changes.</summary>
public class ArrangementSyncTests : ArrangementTest
{
    [Test]
    public async Task A_LAS_syncs_arrangement_status_through_the_change_feed()
    {
        await TestClients.RegistreerVoorVestigingenAsync("las", "PO2705", [EigenVestiging], "arrangementen.lezen");
        var las = await TestClients.TokenAsync(Client, "las", "arrangementen.lezen");
        var (eerste, etag1) = await VraagAanAsync();
        var (tweede, etag2) = await VraagAanAsync();
        var (derde, _) = await VraagAanAsync();

        // Full sync in pages of two; the last page carries the token.
        var kopie = new Dictionary<Guid, JsonElement>();
        string? token = null;
        var pad = $"{Pad}?pageSize=2";
        while (true)
        {
            using var pagina = await Stuur(HttpMethod.Get, pad, token: las);
            var inhoud = await JsonAsync(pagina);
            foreach (var a in inhoud.GetProperty("arrangementen").EnumerateArray())
            {
                kopie[a.GetProperty("id").GetGuid()] = a;
            }

            if (inhoud.TryGetProperty("volgendeCursor", out var volgende))
            {
                pagina.Headers.GetValues("Link").Single().ShouldContain("rel=\"next\"");
                pad = $"{Pad}?pageSize=2&cursor={volgende.GetString()}";
                continue;
            }

            token = inhoud.GetProperty("wijzigingenToken").GetString();
            break;
        }

        kopie.Keys.ShouldBe([eerste, tweede, derde], ignoreOrder: true);

        // Nothing happened: the feed is empty and keeps the token usable.
        var leeg = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Pad}/wijzigingen?token={token}", token: las);
        leeg.GetProperty("arrangementen").GetArrayLength().ShouldBe(0);
        leeg.GetProperty("meerWijzigingen").GetBoolean().ShouldBeFalse();

        // The SWV decides on two requests; a pupil of another school gets one too (not the LAS's business).
        await MaakActiefAsync(eerste, etag1, "PO2705-2026-0500");
        etag2 = await ZetStapAsync(tweede, "behandeling", etag2, null, Medewerker);
        await ZetStapAsync(tweede, "afwijzing", etag2, new { beschikkingsnummer = "PO2705-2026-0501", besluitdatum = "2026-11-24", reden = "Basisondersteuning volstaat." }, Medewerker);
        var elders = await RegistreerLeerlingAsync("Bram", AndereVestiging, IbAnder);
        using (var anderAanvraag = await Stuur(HttpMethod.Post, Pad, ArrangementVoorbeeld.Aanvraag(elders), IbAnder))
        {
            anderAanvraag.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        // Follow the feed in pages of one until it is drained.
        var gezien = new List<Guid>();
        bool meer;
        do
        {
            var wijzigingen = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Pad}/wijzigingen?token={token}&pageSize=1", token: las);
            foreach (var a in wijzigingen.GetProperty("arrangementen").EnumerateArray())
            {
                kopie[a.GetProperty("id").GetGuid()] = a;
                gezien.Add(a.GetProperty("id").GetGuid());
            }

            token = wijzigingen.GetProperty("wijzigingenToken").GetString();
            meer = wijzigingen.GetProperty("meerWijzigingen").GetBoolean();
        }
        while (meer);

        gezien.Distinct().ShouldBe([eerste, tweede], ignoreOrder: true);
        kopie[eerste].GetProperty("status").GetString().ShouldBe("actief");
        kopie[tweede].GetProperty("status").GetString().ShouldBe("afgewezen");
        kopie[tweede].GetProperty("besluit").GetProperty("motivering").GetString().ShouldBe("Basisondersteuning volstaat.");

        // The copy is identical to a fresh full enumeration.
        var vers = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Pad}?pageSize=100", token: las);
        var opnieuw = vers.GetProperty("arrangementen").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetGuid(), a => a.GetRawText());
        kopie.ToDictionary(k => k.Key, k => k.Value.GetRawText()).ShouldBe(opnieuw);
    }

    [Test]
    public async Task A_token_the_API_never_gave_is_refused()
    {
        await TestClients.RegistreerVoorVestigingenAsync("las", "PO2705", [EigenVestiging], "arrangementen.lezen");
        var las = await TestClients.TokenAsync(Client, "las", "arrangementen.lezen");

        foreach (var token in new[] { "bestaat-niet", "eyJWIjowLCJEIjo3Mzk5NDN9" })
        {
            using var response = await Stuur(HttpMethod.Get, $"{Pad}/wijzigingen?token={token}", token: las);
            var probleem = await ProbleemAsync(response, 400);
            probleem.GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("ongeldig-token");
            probleem.GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:ongeldig-token");
        }
    }

    [Test]
    public async Task A_filtered_list_carries_no_token_because_a_filter_is_not_a_feed()
    {
        await VraagAanAsync();
        var lijst = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Pad}?status=aangevraagd", token: Medewerker);
        lijst.GetProperty("arrangementen").GetArrayLength().ShouldBe(1);
        lijst.TryGetProperty("wijzigingenToken", out _).ShouldBeFalse();
    }
}
