using System.Net;
using System.Text.Json;
using PassendOnderwijs.Api.FunctionalTests.Begeleidingsaanbod;

namespace PassendOnderwijs.Api.FunctionalTests.Matching;

/// <summary>
/// Issue 22, "Wat past?": the ranked settings for a pupil from the levels of the needs and the schools' profiles, with
/// an explanation per field; advice that changes nothing, for SWV staff and the pupil's own school only.
/// </summary>
public sealed class PassendeSettingenTests : ArrangementTest
{
    private string SettingenPad => $"/api/v1/leerlingen/{LeerlingId}/passende-settingen";

    private async Task ProfielAsync(string vestiging, object niveaus, string token)
    {
        using var school = await Stuur(HttpMethod.Get, $"/api/v1/scholen/{vestiging}", token: token);
        using var profiel = await Wijzig(HttpMethod.Put, $"/api/v1/scholen/{vestiging}/ondersteuningsprofiel", school.Headers.ETag!.Tag, new { niveaus }, token);
        profiel.StatusCode.ShouldBe(HttpStatusCode.OK, await profiel.Content.ReadAsStringAsync());
    }

    private async Task BehoeftenAsync(object niveaus, params string[] expertises)
    {
        using var leerling = await Stuur(HttpMethod.Get, $"/api/v1/leerlingen/{LeerlingId}", token: IbEigen);
        using var behoeften = await Wijzig(HttpMethod.Put, $"/api/v1/leerlingen/{LeerlingId}/ondersteuningsbehoeften", leerling.Headers.ETag!.Tag,
            new { onderwijsbehoeften = new { aandachtEnTijd = "Verlengde instructie.", niveaus }, expertises }, IbEigen);
        behoeften.StatusCode.ShouldBe(HttpStatusCode.OK, await behoeften.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Without_levels_there_is_nothing_to_compare()
    {
        var probleem = await ProbleemAsync(await Stuur(HttpMethod.Get, SettingenPad, token: Medewerker), 422);
        probleem.GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:behoeften-zonder-niveau");
    }

    [Test]
    public async Task A_school_that_covers_ranks_before_the_own_school_that_cannot_close_its_gap_and_every_field_is_explained()
    {
        await ProfielAsync(EigenVestiging, new { aandachtEnTijd = 1, ruimtelijkeOmgeving = 2 }, IbEigen);
        await ProfielAsync(AndereVestiging, new { aandachtEnTijd = 3, ruimtelijkeOmgeving = 2 }, IbAnder);
        await BehoeftenAsync(new { aandachtEnTijd = 2, ruimtelijkeOmgeving = 1 });

        var advies = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, SettingenPad, token: Medewerker);
        advies.GetProperty("advies").GetString()!.ShouldContain("geen besluit");
        advies.GetProperty("opmerkingen").EnumerateArray().Select(o => o.GetString()).ShouldContain(o => o!.Contains("nog niet vastgelegd"));

        var settingen = advies.GetProperty("settingen").EnumerateArray().ToList();
        settingen.Select(s => s.GetProperty("soort").GetString()).ShouldBe(["sbo-of-pro", "huidige-school-met-ondersteuning"]);
        settingen.Select(s => s.GetProperty("rang").GetInt32()).ShouldBe([1, 2]);

        var brug = settingen[0];
        brug.GetProperty("school").GetProperty("vestiging").GetString().ShouldBe(AndereVestiging);
        brug.GetProperty("tlvNodig").GetBoolean().ShouldBeTrue();
        brug.GetProperty("dektAlles").GetBoolean().ShouldBeTrue();
        brug.GetProperty("ontbreekt").GetArrayLength().ShouldBe(0);

        var eigen = settingen[1];
        eigen.GetProperty("dektAlles").GetBoolean().ShouldBeFalse();
        eigen.GetProperty("ontbreekt").GetArrayLength().ShouldBeGreaterThan(0);
        var velden = eigen.GetProperty("velden").EnumerateArray().ToList();
        velden.Select(v => v.GetProperty("veld").GetString())
            .ShouldBe(["aandachtEnTijd", "onderwijsmaterialen", "ruimtelijkeOmgeving", "expertise", "samenwerkingMetAndereInstanties"]);
        velden[0].GetProperty("gevraagd").GetInt32().ShouldBe(2);
        velden[0].GetProperty("schoolBiedt").GetInt32().ShouldBe(1);
        velden[0].GetProperty("gedekt").GetBoolean().ShouldBeFalse();
        velden[0].GetProperty("toelichting").GetString()!.ShouldStartWith("Aandacht en tijd: vraagt 2");
        velden[2].GetProperty("gedekt").GetBoolean().ShouldBeTrue();
        velden[1].TryGetProperty("gevraagd", out var nietGevraagd).ShouldBe(nietGevraagd.ValueKind == JsonValueKind.Null);

        // The own school may ask too; another school does not see the pupil at all.
        await Verwacht(HttpStatusCode.OK, HttpMethod.Get, SettingenPad, token: IbEigen);
        await Verwacht(HttpStatusCode.NotFound, HttpMethod.Get, SettingenPad, token: IbAnder);
    }

    [Test]
    public async Task Ambulante_begeleiding_by_an_aanbieder_working_in_the_swv_closes_the_expertise_gap_at_the_own_school()
    {
        using (var registratie = await Stuur(HttpMethod.Post, "/api/v1/onderwijsbegeleidingsaanbieders", AanbiederVoorbeeld.Registratie("700A001", "Visio Test"), Beheerder))
        {
            registratie.StatusCode.ShouldBe(HttpStatusCode.Created, await registratie.Content.ReadAsStringAsync());
            using var aanbod = await Wijzig(HttpMethod.Post, "/api/v1/onderwijsbegeleidingsaanbieders/700A001/aanbod", registratie.Headers.ETag!.Tag, AanbiederVoorbeeld.Aanbod(), Beheerder);
            aanbod.StatusCode.ShouldBe(HttpStatusCode.OK, await aanbod.Content.ReadAsStringAsync());
        }

        await ProfielAsync(EigenVestiging, new { aandachtEnTijd = 2, expertise = 1 }, IbEigen);
        await BehoeftenAsync(new { aandachtEnTijd = 1, expertise = 2 }, "VISUELE_BEPERKINGEN");

        var settingen = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, SettingenPad, token: IbEigen)).GetProperty("settingen").EnumerateArray().ToList();
        var eerste = settingen[0];
        eerste.GetProperty("soort").GetString().ShouldBe("huidige-school-met-ondersteuning");
        eerste.GetProperty("dektAlles").GetBoolean().ShouldBeTrue();
        eerste.GetProperty("nabijheid").GetString().ShouldBe("werkgebied-samenwerkingsverband");
        var begeleiding = eerste.GetProperty("begeleiding");
        begeleiding.GetProperty("aanbieder").GetString().ShouldBe("700A001");
        begeleiding.GetProperty("expertises").EnumerateArray().Select(e => e.GetString()).ShouldBe(["VISUELE_BEPERKINGEN"]);
        begeleiding.GetProperty("capaciteit").GetInt32().ShouldBe(12);
        eerste.GetProperty("velden")[3].GetProperty("toelichting").GetString()!.ShouldContain("700A001");
    }

    [Test]
    public async Task Begeleiding_is_looked_for_in_the_pupils_postcode_area_and_nationally_but_not_in_another_area()
    {
        (string Code, string[] Swvs, string[] Postcodes)[] aanbieders =
        [
            ("700A002", [], ["3811"]),
            ("700A003", [], []),
            ("700A004", ["PO2001"], ["9999"]),
        ];
        foreach (var (code, swvs, postcodes) in aanbieders)
        {
            using var registratie = await Stuur(HttpMethod.Post, "/api/v1/onderwijsbegeleidingsaanbieders", AanbiederVoorbeeld.Registratie(code, $"Aanbieder {code}"), Beheerder);
            registratie.StatusCode.ShouldBe(HttpStatusCode.Created, await registratie.Content.ReadAsStringAsync());
            using var aanbod = await Wijzig(HttpMethod.Post, $"/api/v1/onderwijsbegeleidingsaanbieders/{code}/aanbod", registratie.Headers.ETag!.Tag,
                new { expertise = "VISUELE_BEPERKINGEN", leerjaar = "2026-2027", werkgebied = new { samenwerkingsverbanden = swvs, postcodegebieden = postcodes }, capaciteit = 12 }, Beheerder);
            aanbod.StatusCode.ShouldBe(HttpStatusCode.OK, await aanbod.Content.ReadAsStringAsync());
        }

        using (var leerling = await Stuur(HttpMethod.Get, $"/api/v1/leerlingen/{LeerlingId}", token: IbEigen))
        {
            using var gebied = await Wijzig(HttpMethod.Put, $"/api/v1/leerlingen/{LeerlingId}/postcodegebied", leerling.Headers.ETag!.Tag, new { postcodegebied = "3811" }, IbEigen);
            gebied.StatusCode.ShouldBe(HttpStatusCode.OK, await gebied.Content.ReadAsStringAsync());
        }

        await ProfielAsync(EigenVestiging, new { aandachtEnTijd = 2, expertise = 1 }, IbEigen);
        await BehoeftenAsync(new { aandachtEnTijd = 1, expertise = 2 }, "VISUELE_BEPERKINGEN");

        var settingen = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, SettingenPad, token: IbEigen)).GetProperty("settingen").EnumerateArray().ToList();
        settingen.Where(s => s.TryGetProperty("begeleiding", out var b) && b.ValueKind == JsonValueKind.Object)
            .Select(s => s.GetProperty("begeleiding").GetProperty("aanbieder").GetString())
            .Order(StringComparer.Ordinal).ShouldBe(["700A002", "700A003"]);
    }
}
