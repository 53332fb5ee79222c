using System.Net;

namespace PassendOnderwijs.Api.FunctionalTests.Toelaatbaarheidsverklaringen;

/// <summary>The bezwaar procedure through the API: its terms, the LBT's documents, and the motivated beslissing op bezwaar.</summary>
public class TlvBezwaarTests : TlvTest
{
    [Test]
    public async Task A_bezwaar_runs_through_the_LBT_to_a_motivated_beslissing_and_no_second_bezwaar_follows()
    {
        var (id, etag) = await BekendgemaaktAsync();
        etag = await ZetTlvStapAsync(id, "bezwaar", etag, new { indiener = "ouders", indienerNaam = "Familie Test", ontvangenOp = "2026-11-24" }, Medewerker);

        var (inBezwaar, _) = await HaalTlvOpAsync(id);
        var bezwaar = inBezwaar.GetProperty("lopendBezwaar");
        bezwaar.GetProperty("teLaat").GetBoolean().ShouldBeFalse();
        bezwaar.GetProperty("lbtAdviesaanvraagUiterlijk").GetString().ShouldBe("2026-12-08");
        bezwaar.GetProperty("beslissenUiterlijk").GetString().ShouldBe("2027-03-30");
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{TlvPad}/werkvoorraad", token: Medewerker)).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("actie").GetString()).ShouldContain("lbt-advies-vragen");

        using (var onvolledig = await TlvStapAsync(id, "bezwaar/lbt-adviesaanvraag", etag, new { verzondenOp = "2026-11-24", stukken = new[] { "bezwaarschrift" } }, Medewerker))
        {
            onvolledig.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await onvolledig.Content.ReadAsStringAsync()).ShouldContain("stukken-onvolledig");
        }

        var stukken = new[] { "bezwaarschrift", "verweerschrift", "aanvraag", "deskundigenadviezen", "besluit", "procedure-en-criteria" };
        etag = await ZetTlvStapAsync(id, "bezwaar/lbt-adviesaanvraag", etag, new { verzondenOp = "2026-11-24", stukken }, Medewerker);
        etag = await ZetTlvStapAsync(id, "bezwaar/verdaging", etag, new { reden = "De hoorzitting is verplaatst." }, Medewerker);
        etag = await ZetTlvStapAsync(id, "bezwaar/lbt-advies", etag, new { oordeel = "gegrond", op = "2026-11-24" }, Medewerker);

        var handhaven = new { afloop = "handhaven", op = "2026-11-24", motivering = "Het besluit blijft staan." };
        using (var zonderReden = await TlvStapAsync(id, "bezwaar/beslissing", etag, handhaven, Medewerker))
        {
            zonderReden.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await zonderReden.Content.ReadAsStringAsync()).ShouldContain("afwijking-lbt-motiveren");
        }

        etag = await ZetTlvStapAsync(
            id, "bezwaar/beslissing", etag,
            new { afloop = "handhaven", op = "2026-11-24", motivering = "Het besluit blijft staan.", afwijkingVanLbtAdvies = "De school heeft na de hoorzitting nieuwe informatie gegeven." },
            Medewerker);

        var (tlv, _) = await HaalTlvOpAsync(id);
        tlv.GetProperty("status").GetString().ShouldBe("bekendgemaakt");
        var afgerond = tlv.GetProperty("afgerondeBezwaren")[0];
        afgerond.GetProperty("afloop").GetString().ShouldBe("handhaven");
        afgerond.GetProperty("beslissenUiterlijk").GetString().ShouldBe("2027-05-11");

        using var nogEen = await TlvStapAsync(id, "bezwaar", etag, new { indiener = "schoolbestuur", indienerNaam = "Stichting Test", ontvangenOp = "2026-11-24" }, Medewerker);
        nogEen.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }
}
