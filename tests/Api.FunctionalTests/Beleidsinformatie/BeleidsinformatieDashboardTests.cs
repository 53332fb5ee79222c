using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Infrastructure.Outbox;

namespace PassendOnderwijs.Api.FunctionalTests.Beleidsinformatie;

/// <summary>
/// Issue 21: the beleidsinformatie dashboard for the SWV's staff (exact figures, small cells marked) and for outsiders
/// (the voorBuiten version and every file: small cells hidden); a school is refused.
/// </summary>
public sealed class BeleidsinformatieDashboardTests : ArrangementTest
{
    private const string Dashboard = "/api/v1/beleidsinformatie/dashboard";

    /// <summary>One arrangement requested and decided today (the test clock's schooljaar is 2026-2027).</summary>
    private async Task EenBeslotenArrangementAsync()
    {
        var (id, etag) = await VraagAanAsync();
        await VerwerkOutboxAsync();
        await MaakActiefAsync(id, etag, "B-2026-001");
        await VerwerkOutboxAsync();
    }

    /// <summary>The Termijnen records (the processing time's source) follow the arrangement's events through the outbox.</summary>
    private static async Task VerwerkOutboxAsync()
    {
        var verwerker = TestOmgeving.Fabriek.Services.GetRequiredService<OutboxVerwerker>();
        while (await verwerker.VerwerkBatchAsync(CancellationToken.None) > 0)
        {
        }
    }

    [Test]
    public async Task The_staff_see_every_figure_of_the_school_year_and_which_ones_outsiders_will_not_see()
    {
        await EenBeslotenArrangementAsync();

        var d = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Dashboard}?leerjaar=2026-2027", token: await BeleidsmedewerkerAsync());

        (d.GetProperty("leerjaar").GetString(), d.GetProperty("voorBuiten").GetBoolean(), d.GetProperty("drempel").GetInt32()).ShouldBe(("2026-2027", false, 5));
        var arrangementen = d.GetProperty("arrangementenPerSoortEnStatus");
        var totaal = arrangementen.GetProperty("totaal");
        (totaal.GetProperty("aantal").GetInt32(), totaal.GetProperty("klein").GetBoolean()).ShouldBe((1, true));
        var actief = arrangementen.GetProperty("kolommen").EnumerateArray().Select(k => k.GetProperty("sleutel").GetString()).ToList().IndexOf("actief");
        arrangementen.GetProperty("kolomtotalen")[actief].GetProperty("aantal").GetInt32().ShouldBe(1);
        var doorlooptijd = d.GetProperty("doorlooptijdArrangementen");
        (doorlooptijd.GetProperty("aantal").GetInt32(), doorlooptijd.GetProperty("mediaan").GetDecimal(), doorlooptijd.GetProperty("p90").GetInt32()).ShouldBe((1, 0m, 0));
        d.GetProperty("tlvsPerSoortEnCategorie").GetProperty("totaal").GetProperty("aantal").GetInt32().ShouldBe(0);
        d.GetProperty("trend").EnumerateArray().Select(t => t.GetProperty("leerjaar").GetString())
            .ShouldBe(["2023-2024", "2024-2025", "2025-2026", "2026-2027"]);
        d.GetProperty("trend")[3].GetProperty("arrangementen").GetProperty("aantal").GetInt32().ShouldBe(1);
        d.GetProperty("keuzes").GetProperty("regios").EnumerateArray().Select(r => r.GetString()).ShouldBe(["Noord"]);

        // The other school (no regio) has none; the previous schooljaar has none either.
        var ander = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Dashboard}?leerjaar=2026-2027&vestiging={AndereVestiging}", token: await ProcesbegeleiderAsync());
        ander.GetProperty("arrangementenPerSoortEnStatus").GetProperty("totaal").GetProperty("aantal").GetInt32().ShouldBe(0);
        var vorig = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Dashboard}?leerjaar=2025-2026&regio=Noord", token: await ManagerOndersteuningAsync());
        vorig.GetProperty("arrangementenPerSoortEnStatus").GetProperty("totaal").GetProperty("aantal").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task Outsiders_and_every_file_get_no_small_figure()
    {
        await EenBeslotenArrangementAsync();
        var manager = await ManagerOndersteuningAsync();

        var buiten = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Dashboard}?voorBuiten=true", token: manager);
        buiten.GetProperty("voorBuiten").GetBoolean().ShouldBeTrue();
        var totaal = buiten.GetProperty("arrangementenPerSoortEnStatus").GetProperty("totaal");
        (totaal.TryGetProperty("aantal", out _), totaal.GetProperty("klein").GetBoolean()).ShouldBe((false, true));
        buiten.GetProperty("doorlooptijdArrangementen").TryGetProperty("mediaan", out _).ShouldBeFalse();

        using var csv = await Stuur(HttpMethod.Get, $"{Dashboard}/export?leerjaar=2026-2027", token: manager, accept: "text/csv");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        var tekst = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        tekst.ShouldContain("Onderdeel;Onderwerp;Kengetal;Waarde;Toelichting");
        tekst.ShouldContain("Arrangementen;Schooljaar 2026-2027;Totaal;;verborgen: klein aantal");
        tekst.ShouldContain("Verloop;Schooljaar 2026-2027;Arrangementen aangevraagd;;verborgen: klein aantal");
    }

    [Test]
    public async Task A_school_is_refused_and_bad_filters_are_listed()
    {
        await Verwacht(HttpStatusCode.Forbidden, HttpMethod.Get, Dashboard, token: IbEigen);
        await Verwacht(HttpStatusCode.Forbidden, HttpMethod.Get, $"{Dashboard}/export", token: IbEigen);
        var beleid = await BeleidsmedewerkerAsync();

        await Verwacht(HttpStatusCode.BadRequest, HttpMethod.Get, $"{Dashboard}?leerjaar=2026", token: beleid);
        var onbekend = await Verwacht(HttpStatusCode.NotFound, HttpMethod.Get, $"{Dashboard}?regio=Zuid&vestiging=99ZZ00", token: beleid);
        onbekend.ToString().ShouldContain("regio-onbekend");
        onbekend.ToString().ShouldContain("school-onbekend");
    }
}
