using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Infrastructure.Outbox;

namespace PassendOnderwijs.Api.FunctionalTests.Beleidsinformatie;

/// <summary>
/// Issue 21: the beleidsinformatie dashboard for the SWV's staff (exact figures, small cells marked) and for outsiders
/// (the voorBuiten version and every file: small cells hidden), the trend over the years and the deelnamepercentage; a
/// school is refused.
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
    public async Task An_aanmelding_and_a_thuiszitter_show_exactly_for_the_staff_and_hidden_for_outsiders()
    {
        // Received 19 October: the school decides by 30 November, so on 24 November the term still runs.
        await MaakAsync("/api/v1/aanmeldingen", new
        {
            leerlingId = LeerlingId, vestiging = EigenVestiging, ontvangenOp = "2026-10-19", ouderVerwachtExtraOndersteuning = true,
            gewensteStartdatum = "2027-01-04", schooljaar = "2026-2027",
        }, IbEigen);

        // Relatief verzuim since 1 October: a thuiszitter from 29 October, so under 3 months on the peildatum.
        await MaakAsync("/api/v1/thuiszitters", new
        {
            leerlingId = LeerlingId, soort = "langdurig-relatief-verzuim", verzuimSinds = "2026-10-01", reden = "wachten-op-plek", gemeente = "Utrecht",
            leerplichtambtenaarNaam = "Lotte de Leerplicht", leerplichtambtenaarContact = "030 123 45 67", plan = "Drie ochtenden naar De Brug.",
            perspectief = "Terug naar het SBO.",
        }, Medewerker);
        await VerwerkOutboxAsync();
        var beleid = await BeleidsmedewerkerAsync();

        var d = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Dashboard}?leerjaar=2026-2027", token: beleid);
        var aanmeldingen = d.GetProperty("aanmeldingen");
        (aanmeldingen.GetProperty("nieuw").GetProperty("aantal").GetInt32(), aanmeldingen.GetProperty("nieuw").GetProperty("klein").GetBoolean()).ShouldBe((1, true));
        aanmeldingen.GetProperty("besluit").EnumerateArray().Select(c => (c.GetProperty("sleutel").GetString(), c.GetProperty("aantal").GetInt32()))
            .ShouldBe([("op-tijd", 0), ("te-laat", 0), ("lopend", 1)]);
        var thuiszitters = d.GetProperty("thuiszitters");
        thuiszitters.GetProperty("peildatum").GetString().ShouldBe("2026-11-24");
        var perDuur = thuiszitters.GetProperty("perDuur");
        var rij = Sleutels(perDuur.GetProperty("rijen")).IndexOf("tot-3-maanden");
        var kolom = Sleutels(perDuur.GetProperty("kolommen")).IndexOf("langdurig-relatief-verzuim");
        perDuur.GetProperty("cellen")[rij][kolom].GetProperty("aantal").GetInt32().ShouldBe(1);
        (perDuur.GetProperty("totaal").GetProperty("aantal").GetInt32(), perDuur.GetProperty("totaal").GetProperty("klein").GetBoolean()).ShouldBe((1, true));

        // Another school has neither; the previous schooljaar is counted on its last day, before the absence began.
        var ander = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Dashboard}?leerjaar=2026-2027&vestiging={AndereVestiging}", token: beleid);
        ander.GetProperty("aanmeldingen").GetProperty("nieuw").GetProperty("aantal").GetInt32().ShouldBe(0);
        ander.GetProperty("thuiszitters").GetProperty("perDuur").GetProperty("totaal").GetProperty("aantal").GetInt32().ShouldBe(0);
        var vorig = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Dashboard}?leerjaar=2025-2026", token: beleid);
        vorig.GetProperty("thuiszitters").GetProperty("peildatum").GetString().ShouldBe("2026-07-31");
        vorig.GetProperty("thuiszitters").GetProperty("perDuur").GetProperty("totaal").GetProperty("aantal").GetInt32().ShouldBe(0);
        vorig.GetProperty("aanmeldingen").GetProperty("nieuw").GetProperty("aantal").GetInt32().ShouldBe(0);

        var buiten = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Dashboard}?leerjaar=2026-2027&voorBuiten=true", token: beleid);
        buiten.GetProperty("aanmeldingen").GetProperty("nieuw").TryGetProperty("aantal", out _).ShouldBeFalse();
        buiten.GetProperty("aanmeldingen").GetProperty("besluit")[2].TryGetProperty("aantal", out _).ShouldBeFalse();
        var verborgen = buiten.GetProperty("thuiszitters").GetProperty("perDuur");
        verborgen.GetProperty("cellen")[rij][kolom].TryGetProperty("aantal", out _).ShouldBeFalse();
        verborgen.GetProperty("totaal").TryGetProperty("aantal", out _).ShouldBeFalse();

        using var csv = await Stuur(HttpMethod.Get, $"{Dashboard}/export?leerjaar=2026-2027", token: beleid, accept: "text/csv");
        var tekst = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        tekst.ShouldContain("Aanmeldingen;Schooljaar 2026-2027;Ontvangen aanmeldingen;;verborgen: klein aantal");
        tekst.ShouldContain("Zorgplichttermijnen;Besloten binnen 6 weken (of verlengd 10 weken);Loopt nog;;verborgen: klein aantal");
        tekst.ShouldContain("Thuiszitters naar duur;Peildatum 24-11-2026;Totaal;;verborgen: klein aantal");
    }

    [Test]
    public async Task The_trend_follows_aanmeldingen_thuiszitters_and_the_deelnamepercentage_over_the_years()
    {
        // Received 1 December 2025 (at most a year back) and never decided: its term ended in January 2026, so it is te laat.
        await MaakAsync("/api/v1/aanmeldingen", new
        {
            leerlingId = LeerlingId, vestiging = EigenVestiging, ontvangenOp = "2025-12-01", ouderVerwachtExtraOndersteuning = true,
            gewensteStartdatum = "2026-01-05", schooljaar = "2025-2026",
        }, IbEigen);

        // Absoluut verzuim since 2 June 2025 and still open: thuiszitter on 31 July 2025 and on 31 July 2026 alike.
        await MaakAsync("/api/v1/thuiszitters", new
        {
            leerlingId = LeerlingId, soort = "absoluut-verzuim", verzuimSinds = "2025-06-02", reden = "wachten-op-plek", gemeente = "Utrecht",
            leerplichtambtenaarNaam = "Lotte de Leerplicht", leerplichtambtenaarContact = "030 123 45 67", plan = "Drie ochtenden naar De Brug.",
            perspectief = "Terug naar het SBO.",
        }, Medewerker);
        await VerwerkOutboxAsync();

        // De Regenboog is regular, De Brug SBO: 95 % on 1 October 2025, 98 % (with a small SBO count) on 1 October 2026.
        var beleid = await BeleidsmedewerkerAsync();
        foreach (var (teldatum, vestiging, aantal) in new[] { ("2025-10-01", EigenVestiging, 190), ("2025-10-01", AndereVestiging, 10), ("2026-10-01", EigenVestiging, 196), ("2026-10-01", AndereVestiging, 4) })
        {
            using var response = await Stuur(HttpMethod.Put, $"/api/v1/leerlingaantallen/{teldatum}/{vestiging}", new { aantal }, beleid);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }

        var d = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Dashboard}?leerjaar=2026-2027", token: beleid);
        var trend = d.GetProperty("trend");
        var vorig = trend[2];
        vorig.GetProperty("leerjaar").GetString().ShouldBe("2025-2026");
        (vorig.GetProperty("aanmeldingen").GetProperty("aantal").GetInt32(), vorig.GetProperty("aanmeldingen").GetProperty("klein").GetBoolean()).ShouldBe((1, true));
        vorig.GetProperty("aanmeldingBesluit").EnumerateArray().Select(c => (c.GetProperty("sleutel").GetString(), c.GetProperty("aantal").GetInt32()))
            .ShouldBe([("op-tijd", 0), ("te-laat", 1), ("lopend", 0)]);
        trend.EnumerateArray().Select(t => t.GetProperty("thuiszitters").GetProperty("aantal").GetInt32()).ShouldBe([0, 1, 1, 1]);
        vorig.GetProperty("deelnamepercentage").GetProperty("waarde").GetDecimal().ShouldBe(95m);
        trend[3].GetProperty("aanmeldingen").GetProperty("aantal").GetInt32().ShouldBe(0);
        (trend[3].GetProperty("deelnamepercentage").GetProperty("waarde").GetDecimal(), trend[3].GetProperty("deelnamepercentage").GetProperty("klein").GetBoolean())
            .ShouldBe((98m, true));
        trend[0].GetProperty("deelnamepercentage").TryGetProperty("waarde", out _).ShouldBeFalse("no pupils were counted on 1 October 2023");

        var deelname = d.GetProperty("deelname");
        deelname.GetProperty("teldatum").GetString().ShouldBe("2026-10-01");
        Sleutels(deelname.GetProperty("perTeldatum").GetProperty("rijen")).ShouldBe(["2023-10-01", "2024-10-01", "2025-10-01", "2026-10-01"]);
        deelname.GetProperty("perTeldatum").GetProperty("cellen")[3].EnumerateArray().Select(c => c.GetProperty("aantal").GetInt32()).ShouldBe([196, 4, 0]);
        deelname.GetProperty("percentages")[3].GetProperty("waarde").GetDecimal().ShouldBe(98m);

        // The deelnamepercentage is the samenwerkingsverband's whatever the filter; the other counts follow the school.
        var ander = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Dashboard}?leerjaar=2026-2027&vestiging={AndereVestiging}", token: beleid);
        ander.GetProperty("deelname").GetProperty("percentages")[3].GetProperty("waarde").GetDecimal().ShouldBe(98m);
        ander.GetProperty("trend")[2].GetProperty("aanmeldingen").GetProperty("aantal").GetInt32().ShouldBe(0);
        ander.GetProperty("trend")[2].GetProperty("thuiszitters").GetProperty("aantal").GetInt32().ShouldBe(0);

        var buiten = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Dashboard}?leerjaar=2026-2027&voorBuiten=true", token: beleid);
        buiten.GetProperty("deelname").GetProperty("perTeldatum").GetProperty("cellen")[3][1].TryGetProperty("aantal", out _).ShouldBeFalse();
        buiten.GetProperty("deelname").GetProperty("percentages")[3].TryGetProperty("waarde", out _).ShouldBeFalse("98 % of 200 gives the 4 away");
        buiten.GetProperty("trend")[3].GetProperty("deelnamepercentage").TryGetProperty("waarde", out _).ShouldBeFalse();
        buiten.GetProperty("trend")[2].GetProperty("thuiszitters").TryGetProperty("aantal", out _).ShouldBeFalse();

        using var csv = await Stuur(HttpMethod.Get, $"{Dashboard}/export?leerjaar=2026-2027", token: beleid, accept: "text/csv");
        var tekst = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        tekst.ShouldContain("Deelname regulier onderwijs;1 oktober 2026;Speciaal basisonderwijs;;verborgen: klein aantal");
        tekst.ShouldContain("Deelname regulier onderwijs;1 oktober 2026;Deelnamepercentage (%);;verborgen: klein aantal");
        tekst.ShouldContain("Verloop;Schooljaar 2025-2026;Aanmeldingen ontvangen;;verborgen: klein aantal");
        tekst.ShouldContain("Verloop;Schooljaar 2025-2026;Thuiszitters op de laatste dag;;verborgen: klein aantal");
        tekst.ShouldNotContain("geldt voor het hele samenwerkingsverband");

        using var gefilterd = await Stuur(HttpMethod.Get, $"{Dashboard}/export?leerjaar=2026-2027&vestiging={EigenVestiging}", token: beleid, accept: "text/csv");
        Encoding.UTF8.GetString(await gefilterd.Content.ReadAsByteArrayAsync())
            .ShouldContain("Deelname regulier onderwijs;Ondersteuningsplan;Streefpercentage (%);;geldt voor het hele samenwerkingsverband");
    }

    [Test]
    public async Task An_earlier_year_of_the_trend_counts_the_requests_and_plans_of_that_year()
    {
        // An arrangement requested and an OPP started in 2026-2027: on the dashboard of 2027-2028 that is an earlier year.
        await EenBeslotenArrangementAsync();
        await MaakAsync("/api/v1/ontwikkelingsperspectiefplannen", new { leerlingId = LeerlingId, aanleiding = "extra-ondersteuning", startdatum = "2026-11-02" }, IbEigen);
        var beleid = await BeleidsmedewerkerAsync();

        var dit = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Dashboard}?leerjaar=2026-2027", token: beleid);
        var volgend = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Dashboard}?leerjaar=2027-2028", token: beleid);
        var trend = volgend.GetProperty("trend");
        trend.EnumerateArray().Select(t => t.GetProperty("leerjaar").GetString()).ShouldBe(["2024-2025", "2025-2026", "2026-2027", "2027-2028"]);
        foreach (var kengetal in new[] { "arrangementen", "tlvs", "opps" })
        {
            trend.EnumerateArray().Select(t => t.GetProperty(kengetal).GetProperty("aantal").GetInt32())
                .ShouldBe(kengetal == "tlvs" ? new[] { 0, 0, 0, 0 } : new[] { 0, 0, 1, 0 }, kengetal);
            trend[2].GetProperty(kengetal).ToString().ShouldBe(dit.GetProperty("trend")[3].GetProperty(kengetal).ToString(), kengetal);
        }

        // The filter and the outsiders' version apply to an earlier year as to the schooljaar itself.
        var ander = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Dashboard}?leerjaar=2027-2028&vestiging={AndereVestiging}", token: beleid);
        ander.GetProperty("trend")[2].GetProperty("arrangementen").GetProperty("aantal").GetInt32().ShouldBe(0);
        ander.GetProperty("trend")[2].GetProperty("opps").GetProperty("aantal").GetInt32().ShouldBe(0);
        var buiten = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Dashboard}?leerjaar=2027-2028&voorBuiten=true", token: beleid);
        var verborgen = buiten.GetProperty("trend")[2].GetProperty("opps");
        (verborgen.TryGetProperty("aantal", out _), verborgen.GetProperty("klein").GetBoolean()).ShouldBe((false, true));
    }

    private async Task MaakAsync(string pad, object inhoud, string token)
    {
        using var response = await Stuur(HttpMethod.Post, pad, inhoud, token);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private static List<string?> Sleutels(System.Text.Json.JsonElement koppen) => [.. koppen.EnumerateArray().Select(k => k.GetProperty("sleutel").GetString())];

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
