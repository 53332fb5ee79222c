using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests.Portfolio;

/// <summary>
/// Issue 20: the expertboek and the offer per regio. The beleidsmedewerker keeps them; every medewerker, the experts
/// and the beheerder read the expertboek; schools see what their regio offers.
/// </summary>
public class ExpertboekTests : ArrangementTest
{
    private const string Expertboek = "/api/v1/portfolio/expertboek";
    private const string Regios = "/api/v1/portfolio/regios";

    private static object Profiel(string regio = "Noord", decimal fte = 0.6m, string[]? ookIn = null) => new
    {
        expertisegebieden = new[] { "gedrag", "hechting-trauma" },
        regio,
        fte,
        werkdagen = new[] { "maandag", "dinsdag", "donderdag" },
        ookInRegios = ookIn ?? [],
        toelichting = "Gedragsspecialist, ook trainer Kanjertraining.",
    };

    private async Task<HttpResponseMessage> PutAsync(string pad, object inhoud, string token, string? etag = null)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Put, pad) { Content = JsonContent.Create(inhoud) };
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (etag is not null)
        {
            verzoek.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return await Client.SendAsync(verzoek);
    }

    private async Task TweeRegiosAsync()
    {
        using var huidig = await Stuur(HttpMethod.Get, "/api/v1/samenwerkingsverband", token: Beheerder);
        using var ingericht = await PutAsync("/api/v1/samenwerkingsverband",
            new { naam = "SWV Test", regios = new[] { new { naam = "Noord", lokaleNetwerken = new[] { "Noord-West" } }, new { naam = "Zuid", lokaleNetwerken = new[] { "Zuid-Centrum" } } } },
            Beheerder, huidig.Headers.ETag!.Tag);
        ingericht.StatusCode.ShouldBe(HttpStatusCode.OK, await ingericht.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task The_beleidsmedewerker_writes_an_experts_entry_and_everyone_of_the_swv_reads_it()
    {
        var beleid = await BeleidsmedewerkerAsync();
        var pad = $"{Expertboek}/{ExpertId}";

        // Before anyone filled it in, the expert is in the book without a profile.
        var leeg = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Expertboek, token: Medewerker);
        leeg.GetProperty("experts").EnumerateArray().ShouldHaveSingleItem().TryGetProperty("profiel", out _).ShouldBeFalse();

        // An ordinary medewerker and the expert may read it, not change it.
        using (var zonderFunctie = await PutAsync(pad, Profiel(), Medewerker, "\"0\""))
        {
            await ProbleemAsync(zonderFunctie, 403);
        }

        // The first time too, the change names the version it saw: "0", the ETag of an expert without a profile.
        using (var zonder = await PutAsync(pad, Profiel(), beleid))
        {
            await ProbleemAsync(zonder, 428);
        }

        using var eerste = await PutAsync(pad, Profiel(), beleid, "\"0\"");
        eerste.StatusCode.ShouldBe(HttpStatusCode.OK, await eerste.Content.ReadAsStringAsync());
        var etag = eerste.Headers.ETag!.Tag;
        var profiel = (await JsonAsync(eerste)).GetProperty("profiel");
        profiel.GetProperty("fte").GetDecimal().ShouldBe(0.6m);
        profiel.GetProperty("expertisegebieden").EnumerateArray().Select(g => g.GetString()).ShouldBe(["gedrag", "hechting-trauma"]);

        using (var alsNieuw = await PutAsync(pad, Profiel(fte: 0.8m), beleid, "\"0\""))
        {
            await ProbleemAsync(alsNieuw, 412);
        }

        using (var tweede = await PutAsync(pad, Profiel(fte: 0.4m), beleid, etag))
        {
            tweede.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using (var verouderd = await PutAsync(pad, Profiel(fte: 0.8m), beleid, etag))
        {
            await ProbleemAsync(verouderd, 412);
        }

        foreach (var lezer in new[] { Medewerker, Expert, Beheerder })
        {
            (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, pad, token: lezer)).GetProperty("profiel").GetProperty("fte").GetDecimal().ShouldBe(0.4m);
        }

        using (var school = await Stuur(HttpMethod.Get, Expertboek, token: IbEigen))
        {
            await ProbleemAsync(school, 403);
        }

        using (var geenExpert = await PutAsync($"{Expertboek}/{Guid.CreateVersion7()}", Profiel(), beleid, "\"0\""))
        {
            await ProbleemAsync(geenExpert, 404);
        }
    }

    [Test]
    public async Task Every_problem_of_an_entry_is_listed_and_nothing_is_stored()
    {
        var beleid = await BeleidsmedewerkerAsync();

        using var fout = await PutAsync($"{Expertboek}/{ExpertId}",
            new { expertisegebieden = new[] { "gedrag", "tovenarij" }, regio = "Oost", fte = 0.6m, werkdagen = new[] { "maandag", "zondag" }, ookInRegios = new[] { "West" } },
            beleid, "\"0\"");

        var codes = (await ProbleemAsync(fout, 400)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("pointer").GetString()).ToList();
        codes.ShouldBe(["#/expertisegebieden/1", "#/werkdagen/1"]);
        using var zonderRegio = await PutAsync($"{Expertboek}/{ExpertId}",
            new { expertisegebieden = new[] { "gedrag" }, regio = "Oost", fte = 0.6m, werkdagen = new[] { "maandag" }, ookInRegios = new[] { "West" } },
            beleid, "\"0\"");
        var domein = (await ProbleemAsync(zonderRegio, 400)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList();
        domein.ShouldBe(["regio-onbekend", "regio-onbekend", "te-weinig-werkdagen"]);

        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Expertboek}/{ExpertId}", token: Medewerker)).TryGetProperty("profiel", out _).ShouldBeFalse();
    }

    [Test]
    public async Task A_regios_offer_shows_which_experts_carry_each_gebied_also_from_another_regio_and_what_is_not_carried()
    {
        await TweeRegiosAsync();
        var beleid = await BeleidsmedewerkerAsync();
        (await PutAsync($"{Expertboek}/{ExpertId}", Profiel(regio: "Zuid", ookIn: ["Noord"]), beleid, "\"0\"")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var aanbod = await PutAsync($"{Regios}/Noord/aanbod", new { expertisegebieden = new[] { "jonge-kind", "gedrag" } }, beleid, "\"0\"");
        aanbod.StatusCode.ShouldBe(HttpStatusCode.OK, await aanbod.Content.ReadAsStringAsync());
        var noord = await JsonAsync(aanbod);
        var gebieden = noord.GetProperty("aanbod").EnumerateArray().ToDictionary(g => g.GetProperty("expertisegebied").GetString()!, g => g.GetProperty("experts"));
        gebieden["jonge-kind"].GetArrayLength().ShouldBe(0, "nobody carries this offer yet: the page shows the gap");
        var expert = gebieden["gedrag"].EnumerateArray().ShouldHaveSingleItem();
        expert.GetProperty("expertId").GetGuid().ShouldBe(ExpertId);
        expert.GetProperty("uitAndereRegio").GetBoolean().ShouldBeTrue();
        noord.GetProperty("eigenFte").GetDecimal().ShouldBe(0m);

        // Schools read it too: it tells the IB'er what the lokaal netwerk can ask for.
        var lijst = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Regios, token: IbEigen);
        lijst.GetProperty("regios").EnumerateArray().Select(r => r.GetProperty("regio").GetString()).ShouldBe(["Noord", "Zuid"]);
        lijst.GetProperty("regios")[1].GetProperty("eigenFte").GetDecimal().ShouldBe(0.6m);

        using (var onbekend = await PutAsync($"{Regios}/Oost/aanbod", new { expertisegebieden = new[] { "gedrag" } }, beleid, "\"0\""))
        {
            await ProbleemAsync(onbekend, 404);
        }

        using (var zonderVersie = await PutAsync($"{Regios}/Noord/aanbod", new { expertisegebieden = Array.Empty<string>() }, beleid))
        {
            await ProbleemAsync(zonderVersie, 428);
        }

        using var leeg = await PutAsync($"{Regios}/Noord/aanbod", new { expertisegebieden = Array.Empty<string>() }, beleid, aanbod.Headers.ETag!.Tag);
        (await JsonAsync(leeg)).GetProperty("aanbod").GetArrayLength().ShouldBe(0);
    }
}
