using System.Net;
using System.Text.Json;

namespace PassendOnderwijs.Api.FunctionalTests.Aanmeldingen;

/// <summary>
/// The zorgplicht through the API (today is Tuesday 24 November 2026): De Regenboog registers an aanmelding received on
/// Monday 19 October, so the school decides by Monday 30 November; it extends once, decides "toegelaten op een andere
/// school" (De Brug), and the SWV watches it in its list and werkvoorraad.
/// </summary>
public class AanmeldingTests : ArrangementTest
{
    private const string AanmeldingPad = "/api/v1/aanmeldingen";

    private object Verzoek(string vestiging = EigenVestiging, string ontvangenOp = "2026-10-19") => new
    {
        leerlingId = LeerlingId, vestiging, ontvangenOp, ouderVerwachtExtraOndersteuning = true, gewensteStartdatum = "2027-01-04", schooljaar = "2026-2027",
    };

    private async Task<(JsonElement Aanmelding, string Etag)> RegistreerAsync()
    {
        using var response = await Stuur(HttpMethod.Post, AanmeldingPad, Verzoek(), IbEigen);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await JsonAsync(response), response.Headers.ETag!.Tag);
    }

    private async Task<JsonElement> LeesAsync(string pad, string token, HttpStatusCode verwacht = HttpStatusCode.OK)
    {
        using var response = await Stuur(HttpMethod.Get, pad, token: token);
        response.StatusCode.ShouldBe(verwacht, await response.Content.ReadAsStringAsync());
        return verwacht == HttpStatusCode.OK ? await JsonAsync(response) : default;
    }

    [Test]
    public async Task The_school_registers_extends_and_decides_another_school_and_the_swv_watches()
    {
        var (aanmelding, etag) = await RegistreerAsync();
        var id = aanmelding.GetProperty("id").GetGuid();
        aanmelding.GetProperty("besluitUiterlijk").GetString().ShouldBe("2026-11-30");
        aanmelding.GetProperty("zorgplicht").GetBoolean().ShouldBeTrue();
        aanmelding.GetProperty("toegestaneStappen").EnumerateArray().Select(s => s.GetString()).ShouldBe(["verlenging", "besluit", "intrekking"]);

        // The school's werkvoorraad (within 30 days) and the SWV's own line (within 14 days) both show it.
        var school = await LeesAsync($"{AanmeldingPad}/werkvoorraad", IbEigen);
        school.GetProperty("items").EnumerateArray().ShouldContain(i => i.GetProperty("aanmeldingId").GetGuid() == id && i.GetProperty("actie").GetString() == "besluiten");
        var swv = await LeesAsync($"{AanmeldingPad}/werkvoorraad", Medewerker);
        swv.GetProperty("items").EnumerateArray().ShouldContain(i => i.GetProperty("aanmeldingId").GetGuid() == id && i.GetProperty("actie").GetString() == "zorgplicht-bewaken");
        var lijst = await LeesAsync($"{AanmeldingPad}?open=true&regio=Noord", Medewerker);
        lijst.GetProperty("aanmeldingen").EnumerateArray().ShouldContain(a => a.GetProperty("id").GetGuid() == id && !a.GetProperty("verlopen").GetBoolean());
        (await LeesAsync($"{AanmeldingPad}?verlopen=true", Medewerker)).GetProperty("totaal").GetInt32().ShouldBe(0);

        // Another school neither registers for De Regenboog nor sees its aanmelding.
        using (var ander = await Stuur(HttpMethod.Post, AanmeldingPad, Verzoek(), IbAnder))
        {
            ander.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        await LeesAsync($"{AanmeldingPad}/{id}", IbAnder, HttpStatusCode.NotFound);

        etag = await ZetAsync(id, "verlenging", etag, new { reden = "Het onderzoek loopt nog.", oudersGeinformeerdOp = "2026-11-23" });
        using (var tweede = await StapOpAsync($"{AanmeldingPad}/{id}/verlenging", etag, new { reden = "Nog meer tijd.", oudersGeinformeerdOp = "2026-11-24" }, IbEigen))
        {
            tweede.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        }

        using (var onvolledig = await StapOpAsync($"{AanmeldingPad}/{id}/besluit", etag, new { uitkomst = "andere-school", besluitdatum = "2026-11-24" }, IbEigen))
        {
            await VerwachtProbleemAsync(onvolledig, ["andere-school-vereist", "akkoord-vereist", "overleg-ouders-vereist", "reden-vereist"]);
        }

        await ZetAsync(id, "besluit", etag, new
        {
            uitkomst = "andere-school", besluitdatum = "2026-11-24", reden = "Het SBO past beter.", andereSchool = AndereVestiging, akkoordAndereSchoolOp = "2026-11-23",
            inOverlegMetOuders = true,
        });

        var besloten = await LeesAsync($"{AanmeldingPad}/{id}", IbAnder);
        besloten.GetProperty("status").GetString().ShouldBe("besloten");
        besloten.GetProperty("besluitUiterlijk").GetString().ShouldBe("2026-12-28");
        besloten.GetProperty("besluit").GetProperty("andereSchool").GetProperty("naam").GetString().ShouldBe("De Brug");
        (await LeesAsync($"{AanmeldingPad}/werkvoorraad", Medewerker)).GetProperty("items").EnumerateArray()
            .ShouldNotContain(i => i.GetProperty("aanmeldingId").GetGuid() == id);
    }

    [Test]
    public async Task A_second_open_aanmelding_at_the_same_school_is_a_conflict()
    {
        await RegistreerAsync();

        using var response = await Stuur(HttpMethod.Post, AanmeldingPad, Verzoek(), IbEigen);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    private async Task<string> ZetAsync(Guid id, string stap, string etag, object inhoud)
    {
        using var response = await StapOpAsync($"{AanmeldingPad}/{id}/{stap}", etag, inhoud, IbEigen);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{stap}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.ETag!.Tag;
    }

    private static async Task VerwachtProbleemAsync(HttpResponseMessage response, string[] codes)
    {
        var tekst = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBeInRange(400, 422, tekst);
        foreach (var code in codes)
        {
            tekst.ShouldContain(code);
        }
    }
}
