using System.Net;
using System.Text;
using PassendOnderwijs.Application.Common.Autorisatie;

namespace PassendOnderwijs.Api.FunctionalTests.Beleidsinformatie;

/// <summary>
/// Issue 21: pupils per vestiging per teldatum, entered by the bureau or delivered by a LAS, and the deelnamepercentage
/// regulier onderwijs they make (De Regenboog is BAO: regular; De Brug is SBO).
/// </summary>
public sealed class LeerlingaantallenTests : ArrangementTest
{
    private const string Aantallen = "/api/v1/leerlingaantallen";

    private async Task<JsonElementAntwoord> LegVastAsync(string teldatum, string vestiging, int aantal, string token, HttpStatusCode status = HttpStatusCode.OK)
    {
        using var response = await Stuur(HttpMethod.Put, $"{Aantallen}/{teldatum}/{vestiging}", new { aantal }, token);
        var tekst = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, tekst);
        return new JsonElementAntwoord(tekst);
    }

    [Test]
    public async Task Staff_enter_the_pupils_per_school_and_see_the_deelnamepercentage_per_teldatum()
    {
        var beleid = await BeleidsmedewerkerAsync();
        await LegVastAsync("2025-10-01", EigenVestiging, 190, beleid);
        await LegVastAsync("2025-10-01", AndereVestiging, 10, beleid);
        var school = await LegVastAsync("2026-10-01", EigenVestiging, 196, beleid);
        school.Tekst.ShouldContain("\"onderwijsvorm\":\"regulier\"");
        await LegVastAsync("2026-10-01", AndereVestiging, 4, beleid);

        var formulier = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Aantallen}/2026-10-01", token: beleid);
        var cijfers = formulier.GetProperty("cijfers");
        (cijfers.GetProperty("regulier").GetInt32(), cijfers.GetProperty("sbo").GetInt32(), cijfers.GetProperty("so").GetInt32()).ShouldBe((196, 4, 0));
        cijfers.GetProperty("percentage").GetDecimal().ShouldBe(98m);
        (cijfers.GetProperty("geteldeScholen").GetInt32(), cijfers.GetProperty("scholen").GetInt32()).ShouldBe((2, 2));
        formulier.GetProperty("scholen").EnumerateArray().Select(s => (s.GetProperty("vestiging").GetString(), s.GetProperty("onderwijsvorm").GetString(), s.GetProperty("aantal").GetInt32()))
            .ShouldBe([(EigenVestiging, "regulier", 196), (AndereVestiging, "sbo", 4)]);

        var trend = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Aantallen, token: await ManagerOndersteuningAsync());
        trend.GetProperty("teldata").EnumerateArray().Select(t => (t.GetProperty("teldatum").GetString(), t.GetProperty("percentage").GetDecimal()))
            .ShouldBe([("2025-10-01", 95m), ("2026-10-01", 98m)]);
        trend.TryGetProperty("streefpercentage", out _).ShouldBeFalse("the default policy sets no target");
    }

    [Test]
    public async Task The_same_number_again_changes_nothing_and_a_change_is_audited()
    {
        var beleid = await BeleidsmedewerkerAsync();
        var eerst = await LegVastAsync("2026-10-01", EigenVestiging, 196, beleid);
        var nogmaals = await LegVastAsync("2026-10-01", EigenVestiging, 196, beleid);
        nogmaals.Tekst.ShouldBe(eerst.Tekst, "the same delivery twice is the same number, from the same moment");
        await LegVastAsync("2026-10-01", EigenVestiging, 198, beleid);

        var audit = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/auditregels?resourceSoort=leerlingaantal", token: Beheerder);
        audit.GetProperty("auditRegels").EnumerateArray().Select(r => r.GetProperty("resourceId").GetString()).ShouldAllBe(id => id == $"2026-10-01/{EigenVestiging}");
        audit.GetProperty("auditRegels").GetArrayLength().ShouldBe(3);
    }

    [Test]
    public async Task Every_problem_with_a_number_is_listed_at_once()
    {
        using var response = await Stuur(HttpMethod.Put, $"{Aantallen}/2026-03-01/12AB0", new { aantal = -1 }, await BeleidsmedewerkerAsync());
        var fouten = (await ProbleemAsync(response, 400)).GetProperty("errors").EnumerateArray().ToList();
        fouten.Select(e => e.TryGetProperty("parameter", out var p) ? p.GetString() : e.GetProperty("pointer").GetString())
            .ShouldBe(["teldatum", "vestiging", "#/aantal"], ignoreOrder: true);

        using var toekomst = await Stuur(HttpMethod.Put, $"{Aantallen}/2027-10-01/{EigenVestiging}", new { aantal = 5 }, await BeleidsmedewerkerAsync());
        (await ProbleemAsync(toekomst, 400)).GetProperty("errors").EnumerateArray().ShouldHaveSingleItem().GetProperty("code").GetString().ShouldBe("teldatum-in-toekomst");

        using var vreemd = await Stuur(HttpMethod.Put, $"{Aantallen}/2026-10-01/99ZZ00", new { aantal = 5 }, await BeleidsmedewerkerAsync());
        vreemd.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Test]
    public async Task A_las_delivers_for_its_own_school_only()
    {
        var las = await LasAsync("las-aantallen", EigenVestiging, Scopes.LeerlingaantallenAanleveren);
        await LegVastAsync("2026-10-01", EigenVestiging, 196, las);
        await LegVastAsync("2026-10-01", AndereVestiging, 4, las, HttpStatusCode.Forbidden);

        var formulier = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Aantallen}/2026-10-01", token: await BeleidsmedewerkerAsync());
        formulier.GetProperty("cijfers").GetProperty("regulier").GetInt32().ShouldBe(196);
        formulier.GetProperty("cijfers").GetProperty("geteldeScholen").GetInt32().ShouldBe(1);
    }

    [Test]
    public async Task The_file_for_outside_the_bureau_hides_small_counts_and_what_would_give_them_away()
    {
        var beleid = await BeleidsmedewerkerAsync();
        await LegVastAsync("2025-10-01", EigenVestiging, 190, beleid);
        await LegVastAsync("2025-10-01", AndereVestiging, 10, beleid);
        await LegVastAsync("2026-10-01", EigenVestiging, 196, beleid);
        await LegVastAsync("2026-10-01", AndereVestiging, 4, beleid);

        using var csv = await Stuur(HttpMethod.Get, $"{Aantallen}/export", token: beleid, accept: "text/csv");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        var regels = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        regels[0].ShouldBe("Teldatum;Regulier onderwijs;Speciaal basisonderwijs;Speciaal onderwijs;Totaal;Deelnamepercentage;Streefpercentage");

        // 4 in SBO is small; the 10 of the year before hides with it (the SBO column's total would give it away), and
        // so does a regular count of each year (each year's total would give its SBO count away): no percentage then.
        regels[1].ShouldStartWith("01-10-2025;verborgen;verborgen;0;200;verborgen");
        regels[2].ShouldStartWith("01-10-2026;verborgen;verborgen;0;200;verborgen");
        string.Join("\n", regels).ShouldNotContain(";4;");
    }

    private sealed record JsonElementAntwoord(string Tekst);
}
