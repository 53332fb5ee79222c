using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace PassendOnderwijs.Api.FunctionalTests.Portfolio;

/// <summary>
/// Casuïstiek in PO2705's lokaal netwerk Noord-West: the IB'er of De Regenboog (12AB00, in that netwerk) brings in an
/// anonymous case (a pupil's name is refused, a possible name is a warning to confirm), the procesbegeleider plans a bespreking,
/// puts the case on it and records the outcome. Every problem is listed in one 400 by field, without the text it found;
/// the other school, experts and ouders see nothing; every step needs the current version.
/// </summary>
public class CasuistiekTests : ArrangementTest
{
    private const string Casussen = "/api/v1/casussen";
    private const string Besprekingen = "/api/v1/netwerkbesprekingen";

    private static object Inbreng(string geprobeerd = "Extra instructie in een kleine groep, zes weken lang.", bool? anoniemBevestigd = null) => new
    {
        ondersteuningsvraag = "Hoe begeleiden we een leerling die vastloopt bij begrijpend lezen en zich terugtrekt?",
        leerjaarband = "groep-5-6",
        geprobeerd,
        expertisegebied = "gedrag",
        anoniemBevestigd,
    };

    private static List<(string? Code, string? Pointer)> Fouten(JsonElement probleem) =>
        probleem.GetProperty("errors").EnumerateArray()
            .Select(f => (f.GetProperty("code").GetString(), f.TryGetProperty("pointer", out var p) ? p.GetString() : null)).ToList();

    private async Task<(Guid Id, string Etag)> BrengInAsync()
    {
        using var response = await Stuur(HttpMethod.Post, Casussen, Inbreng(), IbEigen);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return ((await JsonAsync(response)).GetProperty("id").GetGuid(), response.Headers.ETag!.Tag);
    }

    private async Task<Guid> PlanAsync() =>
        (await Verwacht(HttpStatusCode.Created, HttpMethod.Post, Besprekingen,
            new { regio = "Noord", lokaalNetwerk = "Noord-West", datum = "2026-12-08", aanwezigen = new[] { "intern-begeleider", "regionaal-procesbegeleider" } },
            await ProcesbegeleiderAsync())).GetProperty("id").GetGuid();

    [Test]
    public async Task A_case_goes_from_the_school_through_the_bespreking_to_its_outcome()
    {
        // The pupil's name: refused, and neither the name nor anything else of the text comes back.
        using (var naam = await Stuur(HttpMethod.Post, Casussen, Inbreng("Sanne Test kreeg extra instructie."), IbEigen))
        {
            var tekst = await naam.Content.ReadAsStringAsync();
            var probleem = await ProbleemAsync(naam, 400);
            Fouten(probleem).ShouldBe([("naam-van-leerling", "#/geprobeerd")]);
            tekst.ShouldNotContain("Sanne");
        }

        // A possible name: a warning (422) until the school confirms.
        using (var waarschuwing = await Stuur(HttpMethod.Post, Casussen, Inbreng("Overleg gehad met Fatima van het wijkteam."), IbEigen))
        {
            Fouten(await ProbleemAsync(waarschuwing, 422)).ShouldBe([("mogelijke-naam", "#/geprobeerd")]);
        }

        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Casussen, token: IbEigen)).GetProperty("casussen").GetArrayLength().ShouldBe(0, "nothing refused is stored");
        JsonElement casus;
        string etag;
        using (var bevestigd = await Stuur(HttpMethod.Post, Casussen, Inbreng("Overleg gehad met Fatima van het wijkteam.", anoniemBevestigd: true), IbEigen))
        {
            bevestigd.StatusCode.ShouldBe(HttpStatusCode.Created, await bevestigd.Content.ReadAsStringAsync());
            casus = await JsonAsync(bevestigd);
            etag = bevestigd.Headers.ETag!.Tag;
        }

        var id = casus.GetProperty("id").GetGuid();
        casus.GetProperty("status").GetString().ShouldBe("ingebracht");
        (casus.GetProperty("regio").GetString(), casus.GetProperty("lokaalNetwerk").GetString(), casus.GetProperty("vestiging").GetString()).ShouldBe(("Noord", "Noord-West", EigenVestiging));
        casus.GetProperty("schooljaar").GetString().ShouldBe("2026-2027");
        casus.GetProperty("toegestaneStappen").EnumerateArray().Select(s => s.GetString()).ShouldBe(["wijziging"]);

        var bespreking = await PlanAsync();
        etag = await Stap(id, "bespreking", etag, new { besprekingId = bespreking }, await ProcesbegeleiderAsync());
        etag = await Stap(id, "uitkomst", etag, new { soort = "inzet-expert", expertisegebied = "hechting-trauma", advies = "Een expert kijkt mee in de klas." }, await ProcesbegeleiderAsync());

        var school = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Casussen}/{id}", token: IbEigen);
        school.GetProperty("status").GetString().ShouldBe("uitkomst-vastgelegd");
        school.GetProperty("uitkomst").GetProperty("soort").GetString().ShouldBe("inzet-expert");
        school.GetProperty("uitkomst").GetProperty("expertisegebied").GetString().ShouldBe("hechting-trauma");
        school.GetProperty("gekoppeldAanInzet").GetBoolean().ShouldBeFalse();
        school.GetProperty("besprekingDatum").GetString().ShouldBe("2026-12-08");
        school.GetProperty("toegestaneStappen").EnumerateArray().Select(s => s.GetString()).ShouldBe(["koppeling"]);
        school.GetProperty("geschiedenis").EnumerateArray().Select(g => g.GetProperty("actie").GetString())
            .ShouldBe(["ingebracht", "geagendeerd", "uitkomst-vastgelegd"]);

        var opBespreking = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Besprekingen}/{bespreking}", token: IbEigen);
        opBespreking.GetProperty("casussen").EnumerateArray().Single().GetProperty("uitkomst").GetString().ShouldBe("inzet-expert");
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Casussen}?uitkomst=inzet-expert&regio=Noord&schooljaar=2026-2027", token: await ProcesbegeleiderAsync()))
            .GetProperty("casussen").GetArrayLength().ShouldBe(1);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Casussen}?uitkomst=direct-advies", token: await ProcesbegeleiderAsync()))
            .GetProperty("casussen").GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task Every_problem_of_a_case_or_bespreking_is_listed_by_field_in_one_400()
    {
        using (var casus = await Stuur(HttpMethod.Post, Casussen,
            new { ondersteuningsvraag = " ", leerjaarband = "groep-5", geprobeerd = "BSN 111222333, geboren 14-03-2017.", expertisegebied = "tandarts" }, IbEigen))
        {
            var tekst = await casus.Content.ReadAsStringAsync();
            Fouten(await ProbleemAsync(casus, 400)).ShouldBe(
                [("ongeldige-leerjaarband", "#/leerjaarband"), ("ongeldige-expertisegebied", "#/expertisegebied")], ignoreOrder: true);
            tekst.ShouldNotContain("111222333");
        }

        using (var teksten = await Stuur(HttpMethod.Post, Casussen,
            new { ondersteuningsvraag = " ", geprobeerd = "BSN 111222333, geboren 14-03-2017." }, IbEigen))
        {
            var tekst = await teksten.Content.ReadAsStringAsync();
            Fouten(await ProbleemAsync(teksten, 400)).ShouldBe(
                [("ondersteuningsvraag-vereist", "#/ondersteuningsvraag"), ("geboortedatum-in-tekst", "#/geprobeerd"), ("bsn-in-tekst", "#/geprobeerd")], ignoreOrder: true);
            tekst.ShouldNotContain("111222333");
            tekst.ShouldNotContain("14-03-2017");
        }

        using var bespreking = await Stuur(HttpMethod.Post, Besprekingen,
            new { regio = "Zuid", lokaalNetwerk = "Noord-West", aanwezigen = new[] { "voorzitter" } }, await ProcesbegeleiderAsync());
        Fouten(await ProbleemAsync(bespreking, 400)).ShouldBe(
            [("datum-vereist", "#/datum"), ("ongeldige-deelnemersrol", "#/aanwezigen/0")], ignoreOrder: true);
        using var onbekend = await Stuur(HttpMethod.Post, Besprekingen, new { regio = "Zuid", lokaalNetwerk = "Noord-West", datum = "2026-12-08" }, await ProcesbegeleiderAsync());
        Fouten(await ProbleemAsync(onbekend, 400)).ShouldBe([("onbekende-regio", "#/regio")]);
        using var filter = await Stuur(HttpMethod.Get, $"{Casussen}?schooljaar=2026&uitkomst=weet-niet", token: await ProcesbegeleiderAsync());
        Fouten(await ProbleemAsync(filter, 400)).Select(f => f.Code).ShouldBe(["ongeldig-leerjaar", "ongeldige-uitkomst"], ignoreOrder: true);
    }

    [Test]
    public async Task Another_school_experts_and_plain_medewerkers_see_nothing_and_a_school_brings_in_only_for_its_own_vestiging()
    {
        var (id, _) = await BrengInAsync();
        var bespreking = await PlanAsync();

        using (var ander = await Stuur(HttpMethod.Get, $"{Casussen}/{id}", token: IbAnder))
        {
            await ProbleemAsync(ander, 404);
        }

        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Casussen, token: IbAnder)).GetProperty("casussen").GetArrayLength().ShouldBe(0);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Besprekingen, token: IbAnder)).GetProperty("besprekingen").GetArrayLength().ShouldBe(0, "De Brug is in no netwerk");
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Besprekingen, token: IbEigen)).GetProperty("besprekingen").EnumerateArray()
            .Single().GetProperty("id").GetGuid().ShouldBe(bespreking);
        using (var nietEigen = await Stuur(HttpMethod.Post, Casussen, new { vestiging = EigenVestiging, ondersteuningsvraag = "Vraag.", geprobeerd = "Iets." }, IbAnder))
        {
            (await ProbleemAsync(nietEigen, 403)).GetProperty("type").GetString()!.ShouldEndWith("niet-eigen-vestiging");
        }

        using (var geenNetwerk = await Stuur(HttpMethod.Post, Casussen, new { ondersteuningsvraag = "Vraag.", geprobeerd = "Iets." }, IbAnder))
        {
            Fouten(await ProbleemAsync(geenNetwerk, 422)).ShouldBe([("geen-lokaal-netwerk", "#/vestiging")]);
        }

        foreach (var pad in new[] { Casussen, $"{Casussen}/{id}", Besprekingen, $"{Besprekingen}/{bespreking}" })
        {
            using var expert = await Stuur(HttpMethod.Get, pad, token: Expert);
            expert.StatusCode.ShouldBe(HttpStatusCode.Forbidden, pad);
        }

        // Planning and deciding is the procesbegeleider's task: neither the school nor a medewerker without that functie.
        foreach (var token in new[] { IbEigen, Medewerker })
        {
            using var gepland = await Stuur(HttpMethod.Post, Besprekingen, new { regio = "Noord", lokaalNetwerk = "Noord-West", datum = "2026-12-08" }, token);
            gepland.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        using var gewoneMedewerker = await Stuur(HttpMethod.Get, $"{Casussen}/{id}", token: Medewerker);
        gewoneMedewerker.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Every_step_needs_the_current_version_and_the_lifecycle_decides_what_may_still_change()
    {
        var (id, etag) = await BrengInAsync();
        var bespreking = await PlanAsync();

        using (var zonder = await StapOpAsync($"{Casussen}/{id}/bespreking", null, new { besprekingId = bespreking }, await ProcesbegeleiderAsync()))
        {
            await ProbleemAsync(zonder, 428);
        }

        var gecorrigeerd = await Wijzig($"{Casussen}/{id}", etag, Inbreng("Zes weken een dagschema."), IbEigen);
        gecorrigeerd.StatusCode.ShouldBe(HttpStatusCode.OK, await gecorrigeerd.Content.ReadAsStringAsync());
        var nieuw = gecorrigeerd.Headers.ETag!.Tag;
        gecorrigeerd.Dispose();
        using (var verouderd = await StapOpAsync($"{Casussen}/{id}/bespreking", etag, new { besprekingId = bespreking }, await ProcesbegeleiderAsync()))
        {
            await ProbleemAsync(verouderd, 412);
        }

        using (var teVroeg = await StapOpAsync($"{Casussen}/{id}/uitkomst", nieuw, new { soort = "inzet-expert", expertisegebied = "gedrag" }, await ProcesbegeleiderAsync()))
        {
            await ProbleemAsync(teVroeg, 409);
        }

        nieuw = await Stap(id, "bespreking", nieuw, new { besprekingId = bespreking }, await ProcesbegeleiderAsync());
        using (var nietMeer = await Wijzig($"{Casussen}/{id}", nieuw, Inbreng(), IbEigen))
        {
            await ProbleemAsync(nietMeer, 409);
        }

        using (var fouteUitkomst = await StapOpAsync($"{Casussen}/{id}/uitkomst", nieuw, new { soort = "direct-advies", expertisegebied = "gedrag" }, await ProcesbegeleiderAsync()))
        {
            Fouten(await ProbleemAsync(fouteUitkomst, 400)).ShouldBe(
                [("adviessoort-vereist", "#/adviessoort"), ("advies-vereist", "#/advies"), ("alleen-bij-inzet-expert", "#/expertisegebied")]);
        }

        using (var onbekendeAanbieder = await StapOpAsync($"{Casussen}/{id}/uitkomst", nieuw,
            new { soort = "direct-advies", adviessoort = "expertise-cluster-1-2", aanbieder = "999Z999", advies = "Vraag om advies." }, await ProcesbegeleiderAsync()))
        {
            Fouten(await ProbleemAsync(onbekendeAanbieder, 422)).ShouldBe([("aanbieder-onbekend", "#/aanbieder")]);
        }

        nieuw = await Stap(id, "uitkomst", nieuw, new { soort = "vraag-basisondersteuning", advies = "Zet eerst een groepsplan op." }, await ProcesbegeleiderAsync());
        nieuw = await Stap(id, "uitkomst", nieuw, new { soort = "direct-advies", adviessoort = "middelen-bestuur", advies = "Zet de middelen van het bestuur in." }, await ProcesbegeleiderAsync());
        var casus = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Casussen}/{id}", token: await ProcesbegeleiderAsync());
        casus.GetProperty("uitkomst").GetProperty("adviessoort").GetString().ShouldBe("middelen-bestuur");
        casus.GetProperty("geschiedenis").EnumerateArray().Last().GetProperty("actie").GetString().ShouldBe("uitkomst-gecorrigeerd");

        using var besprekingZonder = await Wijzig($"{Besprekingen}/{bespreking}", null, new { datum = "2026-12-09" }, await ProcesbegeleiderAsync());
        await ProbleemAsync(besprekingZonder, 428);
    }

    [Test]
    public async Task The_procesbegeleider_changes_a_bespreking_and_its_notes_pass_the_anonymity_check()
    {
        using var gepland = await Stuur(HttpMethod.Post, Besprekingen, new { regio = "noord", lokaalNetwerk = "noord-west", datum = "2026-12-08" }, await ProcesbegeleiderAsync());
        gepland.StatusCode.ShouldBe(HttpStatusCode.Created);
        var bespreking = await JsonAsync(gepland);
        bespreking.GetProperty("lokaalNetwerk").GetString().ShouldBe("Noord-West", "the indeling's spelling");
        var pad = $"{Besprekingen}/{bespreking.GetProperty("id").GetGuid()}";

        using (var naam = await Wijzig(pad, gepland.Headers.ETag!.Tag, new { datum = "2026-12-08", notities = "Casus van Sanne Test besproken." }, await ProcesbegeleiderAsync()))
        {
            Fouten(await ProbleemAsync(naam, 400)).ShouldBe([("naam-van-leerling", "#/notities")]);
        }

        using var gewijzigd = await Wijzig(pad, gepland.Headers.ETag!.Tag,
            new { datum = "2026-12-09", aanwezigen = new[] { "intern-begeleider", "expert", "jeugdhulp-wijkteam" }, notities = "Drie casussen besproken." }, await ProcesbegeleiderAsync());
        gewijzigd.StatusCode.ShouldBe(HttpStatusCode.OK, await gewijzigd.Content.ReadAsStringAsync());
        var nu = await JsonAsync(gewijzigd);
        nu.GetProperty("datum").GetString().ShouldBe("2026-12-09");
        nu.GetProperty("aanwezigen").EnumerateArray().Select(a => a.GetString()).ShouldBe(["intern-begeleider", "expert", "jeugdhulp-wijkteam"]);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Besprekingen}?lokaalNetwerk=Noord-West&schooljaar=2026-2027", token: await ProcesbegeleiderAsync()))
            .GetProperty("besprekingen").GetArrayLength().ShouldBe(1);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Besprekingen}?schooljaar=2025-2026", token: await ProcesbegeleiderAsync()))
            .GetProperty("besprekingen").GetArrayLength().ShouldBe(0);
    }

    private async Task<string> Stap(Guid id, string stap, string etag, object inhoud, string token)
    {
        using var response = await StapOpAsync($"{Casussen}/{id}/{stap}", etag, inhoud, token);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{stap}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.ETag!.Tag;
    }

    private async Task<HttpResponseMessage> Wijzig(string pad, string? ifMatch, object inhoud, string token)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Put, pad);
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (ifMatch is not null)
        {
            verzoek.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        verzoek.Content = JsonContent.Create(inhoud);
        return await Client.SendAsync(verzoek);
    }
}
