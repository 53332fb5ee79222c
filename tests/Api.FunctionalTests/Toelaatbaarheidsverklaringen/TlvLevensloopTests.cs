using System.Net;

namespace PassendOnderwijs.Api.FunctionalTests.Toelaatbaarheidsverklaringen;

/// <summary>A TLV from request to enrolment, with who may do what and what each person sees.</summary>
public class TlvLevensloopTests : TlvTest
{
    [Test]
    public async Task A_request_goes_from_the_school_through_two_advices_to_a_decision_the_receiving_school_uses()
    {
        var (id, etag) = await VraagTlvAanAsync();

        // Before they are asked, a deskundige sees nothing of it.
        (await Stuur(HttpMethod.Get, $"{TlvPad}/{id}", token: Orthopedagoog)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        etag = await ZetTlvStapAsync(id, "adviseurs", etag, new { plek = "eerste", deskundigeId = OrthopedagoogId }, Medewerker);
        etag = await ZetTlvStapAsync(id, "adviseurs", etag, new { plek = "tweede", deskundigeId = ArtsId }, Medewerker);
        var (gevraagd, _) = await HaalTlvOpAsync(id, Orthopedagoog);
        gevraagd.GetProperty("toegestaneStappen").EnumerateArray().Select(s => s.GetString()).ShouldBe(["advies"]);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{TlvPad}/werkvoorraad", token: Orthopedagoog))
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("actie").GetString()).ShouldBe(["adviseren"]);

        etag = await ZetTlvStapAsync(id, "adviezen", etag, Advies(), Orthopedagoog);
        using (var teVroeg = await TlvStapAsync(id, "besluit", etag, Besluit(), Medewerker))
        {
            teVroeg.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await teVroeg.Content.ReadAsStringAsync()).ShouldContain("twee-adviezen-vereist");
        }

        etag = await ZetTlvStapAsync(id, "adviezen", etag, Advies(), Arts);
        etag = await ZetTlvStapAsync(id, "besluit", etag, Besluit(), Medewerker);
        etag = await ZetTlvStapAsync(id, "bekendmaking", etag, new { bekendgemaaktOp = "2026-11-24" }, Medewerker);

        // The receiving school sees it and confirms the enrolment.
        var (ontvangen, ontvangenEtag) = await HaalTlvOpAsync(id, IbAnder);
        ontvangen.GetProperty("einddatum").GetString().ShouldBe("2029-07-31");
        ontvangen.GetProperty("eindeBezwaartermijn").GetString().ShouldBe("2027-01-05");
        ontvangen.GetProperty("beschikkingsnummer").GetString().ShouldBe("PO2705-TLV-0001");
        ontvangen.GetProperty("samenwerkingsverband").GetString().ShouldBe("PO2705");
        await ZetTlvStapAsync(id, "inschrijving", ontvangenEtag, new { ingeschrevenOp = "2027-08-01" }, IbAnder);

        var (tlv, _) = await HaalTlvOpAsync(id);
        tlv.GetProperty("ingeschrevenOp").GetString().ShouldBe("2027-08-01");
        tlv.GetProperty("geschiedenis").EnumerateArray().Select(g => g.GetProperty("actie").GetString()).ShouldBe(
            ["aangevraagd", "adviseur-aangewezen", "adviseur-aangewezen", "advies-uitgebracht", "advies-uitgebracht", "besloten", "bekendgemaakt", "inschrijving-bevestigd"]);
    }

    [Test]
    public async Task The_beschikking_is_a_PDF_with_the_same_bytes_each_time_and_every_download_is_audited()
    {
        var (id, _) = await BekendgemaaktAsync();

        using var eerste = await Stuur(HttpMethod.Get, $"{TlvPad}/{id}/beschikking", token: IbEigen, accept: "application/pdf");
        eerste.StatusCode.ShouldBe(HttpStatusCode.OK, await eerste.Content.ReadAsStringAsync());
        eerste.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var bytes = await eerste.Content.ReadAsByteArrayAsync();
        System.Text.Encoding.ASCII.GetString(bytes, 0, 5).ShouldBe("%PDF-");
        using var tweede = await Stuur(HttpMethod.Get, $"{TlvPad}/{id}/beschikking", token: Medewerker, accept: "application/pdf");
        (await tweede.Content.ReadAsByteArrayAsync()).ShouldBe(bytes);

        var audit = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={LeerlingId}");
        audit.GetProperty("auditRegels").EnumerateArray()
            .Count(r => r.GetProperty("resourceSoort").GetString() == "toelaatbaarheidsverklaring" && r.GetProperty("actie").GetString() == "lezen")
            .ShouldBeGreaterThanOrEqualTo(2);
    }

    [Test]
    public async Task There_is_no_beschikking_before_the_decision()
    {
        var (id, _) = await VraagTlvAanAsync();

        using var response = await Stuur(HttpMethod.Get, $"{TlvPad}/{id}/beschikking", token: Medewerker, accept: "application/pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task An_incomplete_request_is_one_400_that_lists_every_missing_part_and_stores_nothing()
    {
        using var response = await Stuur(HttpMethod.Post, TlvPad, new { leerlingId = LeerlingId, soort = "XYZ", beoogdeSchool = new { vestiging = "99ZZ00" } }, IbEigen);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var codes = (await JsonAsync(response)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList();
        codes.ShouldContain("ongeldige-soort");
        codes.ShouldContain("ongeldige-categorie");
        codes.ShouldContain("ingangsdatum-vereist");
        codes.ShouldContain("basisondersteuning-vereist");
        codes.ShouldContain("visie-ouders-vereist");
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, TlvPad, token: Medewerker)).GetProperty("totaal").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task A_deskundige_employed_by_the_requesting_school_is_refused_and_only_the_SWV_asks()
    {
        var (id, etag) = await VraagTlvAanAsync();

        using (var vanDeSchool = await TlvStapAsync(id, "adviseurs", etag, new { plek = "tweede", deskundigeId = PsycholoogVanDeSchoolId }, Medewerker))
        {
            (await vanDeSchool.Content.ReadAsStringAsync()).ShouldContain("deskundige-niet-onafhankelijk");
            vanDeSchool.IsSuccessStatusCode.ShouldBeFalse();
        }

        using var doorSchool = await TlvStapAsync(id, "adviseurs", etag, new { plek = "eerste", deskundigeId = OrthopedagoogId }, IbEigen);
        doorSchool.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Only_SWV_staff_decide_and_a_deskundige_cannot_write_the_other_advice()
    {
        var (id, etag) = await VraagTlvAanAsync();
        etag = await ZetTlvStapAsync(id, "adviseurs", etag, new { plek = "eerste", deskundigeId = OrthopedagoogId }, Medewerker);

        using (var nietGevraagd = await TlvStapAsync(id, "adviezen", etag, Advies(), Arts))
        {
            nietGevraagd.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        using var besluitDoorDeskundige = await TlvStapAsync(id, "besluit", etag, Besluit(), Orthopedagoog);
        besluitDoorDeskundige.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_step_needs_if_match()
    {
        var (id, _) = await VraagTlvAanAsync();

        using var response = await TlvStapAsync(id, "intrekking", null, new { reden = "Andere school gekozen." }, IbEigen);

        response.StatusCode.ShouldBe(HttpStatusCode.PreconditionRequired);
    }
}
