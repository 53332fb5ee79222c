using System.Net;
using System.Text.Json;

namespace PassendOnderwijs.Api.FunctionalTests.Ontwikkelingsperspectiefplannen;

/// <summary>
/// The OPP through the API: the school of Sanne (De Regenboog, a regular primary school) starts, fills in, consults
/// the ouders, hears the pupil, sets the plan and records the ouders' instemming; a new version shows its diff; bad
/// input, incomplete plans and stale versions change nothing; the SWV reads a plan only when the pupil has an
/// arrangement or a TLV.
/// </summary>
public class OppTests : OppTest
{
    [Test]
    public async Task The_school_sets_the_plan_and_the_handelingsdeel_holds_only_with_the_ouders_instemming()
    {
        var (id, etag) = await StartOppAsync();
        etag = await WerkOppBijAsync(id, etag, Inhoud);
        etag = await ZetOppStapAsync(id, "overleg", etag, new { datum = "2026-11-20", deelnemers = "Ouders en intern begeleider", uitkomst = "Ouders herkennen zich in het plan." });
        etag = await ZetOppStapAsync(id, "hoorrecht", etag, new { gehoord = true, datum = "2026-11-20", toelichting = "Sanne wil in een rustig hoekje lezen." });
        etag = await ZetOppStapAsync(id, "vaststelling", etag, new { vastgesteldOp = "2026-11-21" });

        var (opp, _) = await HaalOppOpAsync(id);
        opp.GetProperty("status").GetString().ShouldBe("vastgesteld");
        opp.GetProperty("wachtOpInstemming").GetBoolean().ShouldBeTrue();
        opp.GetProperty("versies")[0].GetProperty("handelingsdeelVastgesteld").GetBoolean().ShouldBeFalse();
        opp.GetProperty("versieVoorInstemming").GetInt32().ShouldBe(1);
        opp.GetProperty("rod").GetProperty("begindatumTeRegistreren").GetBoolean().ShouldBeTrue();

        etag = await ZetOppStapAsync(id, "instemming", etag, new { versienummer = 1, gegeven = true, datum = "2026-11-23", ouder = "Moeder van Sanne", wijze = "op-papier" });
        etag = await ZetOppStapAsync(id, "rod-registratie", etag, new { onderdeel = "begindatum", geregistreerdOp = "2026-11-23" });

        (opp, _) = await HaalOppOpAsync(id);
        var versie = opp.GetProperty("versies")[0];
        versie.GetProperty("handelingsdeelVastgesteld").GetBoolean().ShouldBeTrue();
        versie.GetProperty("instemming").GetProperty("geldig").GetBoolean().ShouldBeTrue();
        versie.GetProperty("instemming").GetProperty("vingerafdruk").GetString().ShouldBe(versie.GetProperty("vingerafdruk").GetString());
        opp.GetProperty("wachtOpInstemming").GetBoolean().ShouldBeFalse();
        opp.GetProperty("rod").GetProperty("begindatumTeRegistreren").GetBoolean().ShouldBeFalse();
        opp.GetProperty("evaluatieUiterlijk").GetString().ShouldBe("2027-07-31");
        opp.GetProperty("geschiedenis").EnumerateArray().Select(g => g.GetProperty("actie").GetString()).ShouldBe(
            ["concept-gemaakt", "bijgewerkt", "overleg-gevoerd", "hoorrecht-vastgelegd", "vastgesteld", "instemming-vastgelegd", "rod-registratie-bevestigd"]);
        opp.GetProperty("toegestaneStappen").EnumerateArray().Select(s => s.GetString()).ShouldBe(["herziening", "evaluatie", "afsluiting"]);
        _ = etag;
    }

    [Test]
    public async Task A_new_version_leaves_the_old_one_as_it_was_and_shows_what_differs()
    {
        var (id, etag) = await VastgesteldAsync();
        etag = await ZetOppStapAsync(id, "herziening", etag, null);
        var gewijzigd = JsonSerializer.SerializeToNode(Inhoud)!;
        gewijzigd["belemmerendeFactoren"] = "Leesachterstand.";
        await WerkOppBijAsync(id, etag, gewijzigd);

        var verschillen = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{OppPad}/{id}/verschillen", token: IbEigen);

        verschillen.GetProperty("van").GetInt32().ShouldBe(1);
        verschillen.GetProperty("naar").GetInt32().ShouldBe(2);
        var verschil = verschillen.GetProperty("verschillen").EnumerateArray().ShouldHaveSingleItem();
        verschil.GetProperty("label").GetString().ShouldBe("Belemmerende factoren");
        verschil.GetProperty("oud").GetString().ShouldBe("Leesachterstand, snel overprikkeld in de grote groep.");
        verschil.GetProperty("nieuw").GetString().ShouldBe("Leesachterstand.");
        var (opp, _) = await HaalOppOpAsync(id);
        opp.GetProperty("versies").EnumerateArray().Select(v => v.GetProperty("status").GetString()).ShouldBe(["vastgesteld", "concept"]);
        opp.GetProperty("versies")[0].GetProperty("inhoud").GetProperty("belemmerendeFactoren").GetString().ShouldBe("Leesachterstand, snel overprikkeld in de grote groep.");

        await Verwacht(HttpStatusCode.BadRequest, HttpMethod.Get, $"{OppPad}/{id}/verschillen?van=1&naar=7", token: IbEigen);
    }

    [Test]
    public async Task Bad_input_is_one_400_listing_every_problem_and_changes_nothing()
    {
        var (id, etag) = await StartOppAsync();
        var fout = new
        {
            uitstroombestemming = "universiteit",
            handelingsdeel = new { doelen = new[] { new { termijn = "ooit", domein = "Lezen", omschrijving = "Leest." } } },
        };

        using var response = await PutConceptAsync(id, etag, fout);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var velden = (await JsonAsync(response)).GetProperty("errors").EnumerateArray().Select(p => p.GetProperty("pointer").GetString()).ToList();
        velden.ShouldBe(["#/uitstroombestemming", "#/handelingsdeel/doelen/0/termijn"], ignoreOrder: true);
        var (opp, nu) = await HaalOppOpAsync(id);
        nu.ShouldBe(etag);
        opp.GetProperty("versies")[0].GetProperty("inhoud").TryGetProperty("uitstroombestemming", out _).ShouldBeFalse();
    }

    [Test]
    public async Task An_incomplete_plan_is_not_set_and_the_answer_names_all_that_is_missing()
    {
        var (id, etag) = await StartOppAsync();

        using var response = await OppStapAsync(id, "vaststelling", etag, new { vastgesteldOp = "2026-11-21" });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, await response.Content.ReadAsStringAsync());
        var tekst = await response.Content.ReadAsStringAsync();
        tekst.ShouldContain("Kies de verwachte uitstroombestemming.");
        tekst.ShouldContain("Leg eerst het overleg met de ouders over deze versie vast.");
        tekst.ShouldContain("Leg eerst vast dat de leerling is gehoord, of waarom niet.");
        (await HaalOppOpAsync(id)).Etag.ShouldBe(etag);
    }

    [Test]
    public async Task A_step_needs_the_current_version_and_a_vastgestelde_version_is_never_changed()
    {
        var (id, etag) = await VastgesteldAsync();

        using (var zonder = await OppStapAsync(id, "herziening", null, null))
        {
            zonder.StatusCode.ShouldBe(HttpStatusCode.PreconditionRequired);
        }

        using (var oud = await OppStapAsync(id, "herziening", "\"1\"", null))
        {
            oud.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        }

        using var wijziging = await PutConceptAsync(id, etag, Inhoud);
        wijziging.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await HaalOppOpAsync(id)).Etag.ShouldBe(etag);
    }

    [Test]
    public async Task One_plan_per_pupil_and_school_and_only_the_pupils_school_starts_it()
    {
        await StartOppAsync();

        await Verwacht(HttpStatusCode.Conflict, HttpMethod.Post, OppPad, StartVerzoek(), IbEigen);
        await Verwacht(HttpStatusCode.NotFound, HttpMethod.Post, OppPad, StartVerzoek(), IbAnder);
        await Verwacht(HttpStatusCode.Forbidden, HttpMethod.Post, OppPad, StartVerzoek(), Medewerker);
    }

    [Test]
    public async Task The_SWV_reads_a_plan_only_when_the_pupil_has_an_arrangement_or_a_TLV()
    {
        var (id, _) = await StartOppAsync();

        await Verwacht(HttpStatusCode.NotFound, HttpMethod.Get, $"{OppPad}/{id}", token: Medewerker);
        await Verwacht(HttpStatusCode.NotFound, HttpMethod.Get, $"{OppPad}/{id}", token: IbAnder);

        await VraagAanAsync();

        var opp = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{OppPad}/{id}", token: Medewerker);
        opp.GetProperty("toegestaneStappen").GetArrayLength().ShouldBe(0);
    }
}
