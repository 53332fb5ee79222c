using System.Net;
using System.Text.Json.Nodes;

namespace PassendOnderwijs.Api.FunctionalTests.Arrangementen;

/// <summary>A NUL or other control character in any text is a 400 that names the field (PostgreSQL cannot store NUL).</summary>
public class StuurtekenTests : ArrangementTest
{
    [Test]
    public async Task A_NUL_in_a_body_field_is_a_400_at_that_field_and_nothing_is_stored()
    {
        var aanvraag = JsonSerializer(ArrangementVoorbeeld.Aanvraag(LeerlingId));
        aanvraag["toelichting"] = "Loopt vast\u0000 in de klas.";

        using var response = await Stuur(HttpMethod.Post, Pad, aanvraag, IbEigen);

        var fout = (await ProbleemAsync(response, 400)).GetProperty("errors")[0];
        fout.GetProperty("code").GetString().ShouldBe("verboden-teken");
        fout.GetProperty("pointer").GetString().ShouldBe("#/toelichting");
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Pad, token: IbEigen)).GetProperty("arrangementen").GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task A_NUL_as_beschikkingsnummer_is_a_400_and_the_request_stays_in_review()
    {
        var (id, etag) = await VraagAanAsync();
        etag = await ZetStapAsync(id, "behandeling", etag, null, Medewerker);

        using var response = await StapAsync(id, "toekenning", etag, new { beschikkingsnummer = "\u0000", besluitdatum = "2026-11-24", motivering = "Past." }, Medewerker);

        (await ProbleemAsync(response, 400)).GetProperty("errors")[0].GetProperty("pointer").GetString().ShouldBe("#/beschikkingsnummer");
        (await HaalOpAsync(id)).Etag.ShouldBe(etag);
    }

    [TestCase("/api/v1/leerlingen?vestiging=%00", "vestiging")]
    [TestCase("/api/v1/arrangementen?status=%01", "status")]
    [TestCase("/api/v1/onderwijsbegeleidingsaanbieders?naam=a%00b", "naam")]
    public async Task A_control_character_in_a_query_value_is_a_400_that_names_the_parameter(string url, string parameter)
    {
        using var response = await Stuur(HttpMethod.Get, url, token: Medewerker);

        var fout = (await ProbleemAsync(response, 400)).GetProperty("errors")[0];
        fout.GetProperty("code").GetString().ShouldBe("verboden-teken");
        fout.GetProperty("parameter").GetString().ShouldBe(parameter);
    }

    [Test]
    public async Task Tabs_and_newlines_in_a_long_text_are_kept()
    {
        var aanvraag = JsonSerializer(ArrangementVoorbeeld.Aanvraag(LeerlingId));
        aanvraag["toelichting"] = "Eerste regel.\nTweede regel:\tingesprongen.";

        var arrangement = await Verwacht(HttpStatusCode.Created, HttpMethod.Post, Pad, aanvraag, IbEigen);

        arrangement.GetProperty("toelichting").GetString().ShouldBe("Eerste regel.\nTweede regel:\tingesprongen.");
    }

    private static JsonNode JsonSerializer(object waarde) => System.Text.Json.JsonSerializer.SerializeToNode(waarde)!;
}
