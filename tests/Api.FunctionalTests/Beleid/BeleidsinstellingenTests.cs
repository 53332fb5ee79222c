using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Api.FunctionalTests.Beleid;

/// <summary>
/// The SWV's policy settings through the API: versions that take effect from their date, read by the arrangement
/// use cases. The test clock stands on 2026-11-24.
/// </summary>
public class BeleidsinstellingenTests : ArrangementTest
{
    private const string Instellingen = "/api/v1/beleidsinstellingen";
    private const string Versies = Instellingen + "/versies";

    private static object Versie(string ingangsdatum, int behandeltermijnWeken, int evaluatietermijnMaanden = 6) => new
    {
        ingangsdatum,
        behandeltermijnWeken,
        evaluatietermijnMaanden,
        tlvduur = new { sbo = 2, so = 3, vso = 4 },
        herindicatiesignaalWeken = 10,
        kleineAantallenDrempel = 5,
        naam = "SWV Test",
        adres = new { straat = "Stationsplein 1", postcode = "1234AB", plaats = "Ergens" },
    };

    private async Task<HttpResponseMessage> LegVastAsync(object inhoud, string? ifMatch)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, Versies);
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Beheerder);
        if (ifMatch is not null)
        {
            verzoek.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        verzoek.Content = JsonContent.Create(inhoud);
        return await Client.SendAsync(verzoek);
    }

    private async Task<string> LegVastEnGeefEtagAsync(object inhoud, string ifMatch)
    {
        using var response = await LegVastAsync(inhoud, ifMatch);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return response.Headers.ETag!.Tag;
    }

    private async Task<JsonElement> DeadlineVanNieuweAanvraagAsync()
    {
        var (id, _) = await VraagAanAsync();
        var (arrangement, _) = await HaalOpAsync(id);
        return arrangement.GetProperty("behandeldeadline");
    }

    [Test]
    public async Task Without_settings_the_defaults_hold_and_the_version_is_0()
    {
        using var response = await Stuur(HttpMethod.Get, Instellingen, token: Medewerker);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.ShouldBe("\"0\"");
        var json = await JsonAsync(response);
        json.TryGetProperty("ingangsdatum", out _).ShouldBeFalse();
        var waarden = json.GetProperty("waarden");
        waarden.GetProperty("behandeltermijnWeken").GetInt32().ShouldBe(6);
        waarden.GetProperty("evaluatietermijnMaanden").GetInt32().ShouldBe(6);
        waarden.GetProperty("kleineAantallenDrempel").GetInt32().ShouldBe(5);
        waarden.GetProperty("tlvduur").TryGetProperty("pro", out _).ShouldBeFalse();
    }

    [Test]
    public async Task A_change_from_a_later_date_does_not_touch_todays_requests()
    {
        await LegVastEnGeefEtagAsync(Versie("2026-12-01", behandeltermijnWeken: 2), "\"0\"");

        (await DeadlineVanNieuweAanvraagAsync()).GetString().ShouldBe("2027-01-05");
        var vandaag = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Instellingen, token: Medewerker);
        vandaag.GetProperty("waarden").GetProperty("behandeltermijnWeken").GetInt32().ShouldBe(6);
        var later = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Instellingen}?op=2026-12-01", token: Medewerker);
        later.GetProperty("ingangsdatum").GetString().ShouldBe("2026-12-01");
        later.GetProperty("waarden").GetProperty("behandeltermijnWeken").GetInt32().ShouldBe(2);
    }

    [Test]
    public async Task A_request_on_or_after_the_ingangsdatum_gets_the_new_deadline_and_earlier_ones_keep_theirs()
    {
        var (eerder, _) = await VraagAanAsync();
        await LegVastEnGeefEtagAsync(Versie("2026-11-24", behandeltermijnWeken: 2), "\"0\"");

        (await DeadlineVanNieuweAanvraagAsync()).GetString().ShouldBe("2026-12-08");
        (await HaalOpAsync(eerder)).Arrangement.GetProperty("behandeldeadline").GetString().ShouldBe("2027-01-05");
    }

    [Test]
    public async Task The_evaluation_term_in_force_at_the_start_sets_the_first_evaluation()
    {
        await LegVastEnGeefEtagAsync(Versie("2026-11-24", behandeltermijnWeken: 6, evaluatietermijnMaanden: 3), "\"0\"");
        var (id, etag) = await VraagAanAsync();
        await MaakActiefAsync(id, etag, "PO2705-2026-0100", startdatum: "2026-11-24");

        (await HaalOpAsync(id)).Arrangement.GetProperty("volgendeEvaluatieUiterlijk").GetString().ShouldBe("2027-02-24");
    }

    [Test]
    public async Task A_change_is_audited_and_kept_in_the_history()
    {
        var etag = await LegVastEnGeefEtagAsync(Versie("2026-12-01", 4), "\"0\"");
        etag.ShouldNotBe("\"0\"");
        await LegVastEnGeefEtagAsync(Versie("2027-01-01", 8), etag);

        var geschiedenis = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Versies, token: Medewerker);
        geschiedenis.GetProperty("versies").EnumerateArray().Select(v => (v.GetProperty("nummer").GetInt32(), v.GetProperty("ingangsdatum").GetString()))
            .ShouldBe([(1, "2026-12-01"), (2, "2027-01-01")]);
        geschiedenis.GetProperty("standaard").GetProperty("behandeltermijnWeken").GetInt32().ShouldBe(6);

        var audit = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?actor={BeheerderId}")).GetProperty("auditRegels").EnumerateArray()
            .Where(r => r.GetProperty("resourceSoort").GetString() == "beleidsinstellingen")
            .Select(r => (r.GetProperty("actie").GetString(), r.GetProperty("resourceId").GetString())).ToList();
        audit.ShouldBe([("aanmaken", "2"), ("aanmaken", "1")], ignoreOrder: true);
    }

    [Test]
    public async Task A_change_needs_the_current_version_and_a_date_that_is_not_in_the_past()
    {
        using (var zonder = await LegVastAsync(Versie("2026-12-01", 4), null))
        {
            await ProbleemAsync(zonder, 428);
        }

        using (var verleden = await LegVastAsync(Versie("2026-11-23", 4), "\"0\""))
        {
            (await ProbleemAsync(verleden, 400)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString())
                .ShouldContain("ingangsdatum-in-verleden");
        }

        await LegVastEnGeefEtagAsync(Versie("2026-12-01", 4), "\"0\"");
        using var verouderd = await LegVastAsync(Versie("2026-12-01", 5), "\"0\"");
        await ProbleemAsync(verouderd, 412);
    }

    [Test]
    public async Task Every_problem_with_a_new_version_is_listed_at_once()
    {
        using var response = await LegVastAsync(
            new
            {
                ingangsdatum = "2026-12-01",
                behandeltermijnWeken = 27,
                evaluatietermijnMaanden = 0,
                tlvduur = new { sbo = 0, so = 2, vso = 9 },
                herindicatiesignaalWeken = 53,
                kleineAantallenDrempel = 1,
                naam = " ",
                adres = new { straat = "Plein 1", postcode = "0123 AB", plaats = "Ergens" },
            },
            "\"0\"");

        var velden = (await ProbleemAsync(response, 400)).GetProperty("errors").EnumerateArray()
            .Select(e => e.GetProperty("pointer").GetString()).ToList();
        velden.ShouldBe(
            [
                "#/behandeltermijnWeken", "#/evaluatietermijnMaanden", "#/tlvduur/sbo", "#/tlvduur/vso", "#/herindicatiesignaalWeken",
                "#/kleineAantallenDrempel", "#/naam", "#/adres/postcode",
            ],
            ignoreOrder: true);
    }

    private static object VersieMetInhoud(string ingangsdatum, object[] arrangementinhoud) => new
    {
        ingangsdatum,
        behandeltermijnWeken = 6,
        evaluatietermijnMaanden = 6,
        tlvduur = new { sbo = 2, so = 3, vso = 4 },
        herindicatiesignaalWeken = 10,
        kleineAantallenDrempel = 5,
        naam = "SWV Test",
        arrangementinhoud,
    };

    [Test]
    public async Task What_the_arrangement_kinds_bring_is_kept_and_read_back_with_its_label()
    {
        await LegVastEnGeefEtagAsync(
            VersieMetInhoud("2026-11-24", [new { soort = "inzet-expert", niveaus = new { expertise = 3, samenwerkingMetAndereInstanties = 1 } }]),
            "\"0\"");

        var inhoud = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Instellingen, token: Medewerker))
            .GetProperty("waarden").GetProperty("arrangementinhoud").EnumerateArray().ToList();
        inhoud.Count.ShouldBe(1);
        inhoud[0].GetProperty("soort").GetString().ShouldBe("inzet-expert");
        inhoud[0].GetProperty("soortLabel").GetString().ShouldBe("Inzet van een expert");
        var niveaus = inhoud[0].GetProperty("niveaus");
        niveaus.GetProperty("expertise").GetInt32().ShouldBe(3);
        niveaus.GetProperty("samenwerkingMetAndereInstanties").GetInt32().ShouldBe(1);
        niveaus.TryGetProperty("aandachtEnTijd", out _).ShouldBeFalse();

        var geschiedenis = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Versies, token: Medewerker);
        geschiedenis.GetProperty("versies")[0].GetProperty("waarden").GetProperty("arrangementinhoud").GetArrayLength().ShouldBe(1);
        geschiedenis.GetProperty("standaard").GetProperty("arrangementinhoud").GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task A_kind_named_twice_and_a_level_out_of_range_are_listed_together()
    {
        using var response = await LegVastAsync(
            VersieMetInhoud(
                "2026-11-24",
                [
                    new { soort = "middelen", niveaus = new { onderwijsmaterialen = 2 } },
                    new { soort = "middelen", niveaus = new { onderwijsmaterialen = 7 } },
                ]),
            "\"0\"");

        var fouten = (await ProbleemAsync(response, 400)).GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("code").GetString(), e.GetProperty("pointer").GetString())).ToList();
        fouten.ShouldBe(
            [("niveau-ongeldig", "#/arrangementinhoud/1/niveaus/onderwijsmaterialen"), ("soort-dubbel", "#/arrangementinhoud/1/soort")],
            ignoreOrder: true);
    }

    [Test]
    public async Task A_version_stored_before_the_arrangement_kinds_existed_still_reads()
    {
        await LegVastEnGeefEtagAsync(Versie("2026-11-24", behandeltermijnWeken: 4), "\"0\"");
        await using (var scope = TestOmgeving.Fabriek.Services.CreateAsyncScope())
        {
            // As such a version was written: without the property at all.
            await scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>().Database.ExecuteSqlRawAsync(
                "UPDATE beleidsinstellingen SET versies = (SELECT jsonb_agg(v #- ARRAY['waarden', 'arrangementinhoud']) FROM jsonb_array_elements(versies) v)");
        }

        var waarden = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Instellingen, token: Medewerker)).GetProperty("waarden");
        waarden.GetProperty("behandeltermijnWeken").GetInt32().ShouldBe(4);
        waarden.GetProperty("arrangementinhoud").GetArrayLength().ShouldBe(0);
    }
}
