using System.Net;

namespace PassendOnderwijs.Api.FunctionalTests.Arrangementen;

/// <summary>Bad input gets one problem that names every problem, and nothing is stored or changed.</summary>
public class ArrangementInvoerTests : ArrangementTest
{
    [Test]
    public async Task A_request_with_many_problems_names_them_all_and_stores_nothing()
    {
        using var response = await Stuur(HttpMethod.Post, Pad, new
        {
            leerlingId = LeerlingId,
            soort = "villa-kakelbont",
            doelen = new[] { " " },
            ingangsdatum = "2027-01-01",
            einddatum = "2026-12-01",
            uren = -3,
            budget = -10,
            uitvoerder = new { soort = "oba", naam = "Ambulante dienst", obaCode = "12A456" },
            bekostiger = "gemeente",
        }, IbEigen);

        var probleem = await ProbleemAsync(response, 400);
        var fouten = probleem.GetProperty("errors").EnumerateArray()
            .Select(f => (f.GetProperty("code").GetString(), f.GetProperty("pointer").GetString())).ToList();
        fouten.ShouldBe(
        [
            ("ongeldige-soort", "#/soort"),
            ("ongeldige-bekostiger", "#/bekostiger"),
            ("ongeldige-oba-code", "#/uitvoerder/obaCode"),
            ("omgekeerde-periode", "#/einddatum"),
            ("negatieve-uren", "#/uren"),
            ("negatief-budget", "#/budget"),
            ("oba-gegevens-vereist", "#/uitvoerder"),
            ("doel-vereist", "#/doelen/0"),
            ("toelichting-vereist", "#/toelichting"),
        ], ignoreOrder: true);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Pad, token: Medewerker)).GetProperty("arrangementen").GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task An_amount_with_more_than_two_decimals_is_refused_at_its_field_instead_of_rounded()
    {
        var aanvraag = System.Text.Json.JsonSerializer.SerializeToNode(ArrangementVoorbeeld.Aanvraag(LeerlingId))!;
        aanvraag["budget"] = 1250.505m;
        aanvraag["uren"] = 12.125m;

        using var response = await Stuur(HttpMethod.Post, Pad, aanvraag, IbEigen);

        var fouten = (await ProbleemAsync(response, 400)).GetProperty("errors").EnumerateArray()
            .Select(f => (f.GetProperty("pointer").GetString(), f.GetProperty("code").GetString())).ToList();
        fouten.ShouldBe([("#/uren", "te-veel-decimalen"), ("#/budget", "te-veel-decimalen")], ignoreOrder: true);
        (await Verwacht(System.Net.HttpStatusCode.OK, HttpMethod.Get, Pad, token: IbEigen)).GetProperty("arrangementen").GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task An_unknown_pupil_is_404()
    {
        using var response = await Stuur(HttpMethod.Post, Pad, ArrangementVoorbeeld.Aanvraag(Guid.CreateVersion7()), IbEigen);
        (await ProbleemAsync(response, 404)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:leerling-onbekend");
    }

    [Test]
    public async Task A_refusal_without_a_reason_is_refused_and_the_request_stays_in_review()
    {
        var (id, etag) = await VraagAanAsync();
        etag = await ZetStapAsync(id, "behandeling", etag, null, Medewerker);

        using var response = await StapAsync(id, "afwijzing", etag, new { beschikkingsnummer = "PO2705-2026-0200", besluitdatum = "2026-11-24", reden = " " }, Medewerker);
        (await ProbleemAsync(response, 400)).GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("reden-afwijzing-vereist");
        var (arrangement, nu) = await HaalOpAsync(id);
        arrangement.GetProperty("status").GetString().ShouldBe("in-behandeling");
        nu.ShouldBe(etag);
    }

    [Test]
    public async Task Evaluating_an_arrangement_that_is_not_active_is_a_conflict_that_changes_nothing()
    {
        var (id, etag) = await VraagAanAsync();

        using var response = await StapAsync(
            id, "evaluaties", etag, new { datum = "2026-11-24", doelen = new[] { new { doel = 1, behaald = true } }, conclusie = "x", vervolg = "voortzetten" }, IbEigen);
        var probleem = await ProbleemAsync(response, 409);
        probleem.GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:ongeldige-overgang");
        probleem.GetProperty("detail").GetString()!.ShouldContain("'aangevraagd'");
        (await HaalOpAsync(id)).Etag.ShouldBe(etag);
    }

    [Test]
    public async Task A_beschikkingsnummer_is_unique_within_the_samenwerkingsverband()
    {
        var (eerste, etag1) = await VraagAanAsync();
        await MaakActiefAsync(eerste, etag1, "PO2705-2026-0300");
        var (tweede, etag2) = await VraagAanAsync();
        etag2 = await ZetStapAsync(tweede, "behandeling", etag2, null, Medewerker);

        using var response = await StapAsync(tweede, "toekenning", etag2, new { beschikkingsnummer = "PO2705-2026-0300", besluitdatum = "2026-11-24", motivering = "Past." }, Medewerker);
        (await ProbleemAsync(response, 409)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:beschikkingsnummer-bestaat");
        (await HaalOpAsync(tweede)).Arrangement.GetProperty("status").GetString().ShouldBe("in-behandeling");
    }

    [Test]
    public async Task A_start_outside_the_granted_period_breaks_a_rule()
    {
        var (id, etag) = await VraagAanAsync();
        etag = await ZetStapAsync(id, "behandeling", etag, null, Medewerker);
        etag = await ZetStapAsync(id, "toekenning", etag, new { beschikkingsnummer = "PO2705-2026-0400", besluitdatum = "2026-11-24", motivering = "Past." }, Medewerker);

        using var response = await StapAsync(id, "start", etag, new { startdatum = "2028-01-01" }, IbEigen);
        (await ProbleemAsync(response, 422)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:start-buiten-periode");
    }

    [Test]
    public async Task Only_SWV_staff_decide()
    {
        var (id, etag) = await VraagAanAsync();
        using var response = await StapAsync(id, "behandeling", etag, null, IbEigen);
        await ProbleemAsync(response, 403);
    }
}
