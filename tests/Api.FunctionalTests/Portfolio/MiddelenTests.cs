using System.Net;
using System.Text.Json;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Api.FunctionalTests.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests.Portfolio;

/// <summary>
/// The middelen extra ondersteuning in PO2705 (the clock stands at 24 november 2026): SWV staff record a grant per
/// bestuur and year, the IB'er of a school of that bestuur writes and submits the verantwoording with a pupil line that
/// refers to an OPP, SWV staff send it back or record the bestuursgesprek. Another bestuur's school sees none of it.
/// </summary>
public class MiddelenTests : OppTest
{
    private const string Toekenningen = "/api/v1/middelentoekenningen";

    private Guid _bestuur;
    private string _ibElders = null!;

    [SetUp]
    public async Task RichtTweedeBestuurInAsync()
    {
        var besturen = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/schoolbesturen", token: Medewerker);
        _bestuur = besturen.GetProperty("schoolbesturen").EnumerateArray().Single(b => b.GetProperty("nummer").GetString() == "41234").GetProperty("id").GetGuid();
        await Verwacht(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/schoolbesturen", new { nummer = "42000", naam = "Stichting Elders" });
        await Verwacht(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/scholen", new { vestiging = "56EF00", naam = "De Elders", soort = "BAO", schoolbestuur = "42000", regio = "Noord" });
        await Aanmelding.RegistreerAsync("ib@elders.nl", Rol.SchoolMedewerker, "56EF00");
        _ibElders = await Aanmelding.AccessTokenAsync("ib@elders.nl");
    }

    private object Toekenning(int jaar = 2025, decimal bedrag = 100_000m) => new
    {
        schoolbestuurId = _bestuur, jaar, bedrag, verdeelsleutel = "per-leerling-op-teldatum", betaaldOp = "2025-01-15",
        scholen = new[] { new { vestiging = EigenVestiging, bedrag = bedrag / 2 } },
    };

    private async Task<(JsonElement Toekenning, string Etag)> LegVastAsync(object? verzoek = null)
    {
        using var response = await Stuur(HttpMethod.Post, Toekenningen, verzoek ?? Toekenning(), await BeleidsmedewerkerAsync());
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await JsonAsync(response), response.Headers.ETag!.Tag);
    }

    private static object Verantwoording(Guid? opp = null, decimal besteed = 40_000m, string? resultaten = "Minder verwijzingen naar het SBO.") => new
    {
        regels = new[]
        {
            new { niveau = "school", vestiging = EigenVestiging, groep = (string?)null, doel = "Gedragsaanpak schoolbreed", interventies = "Teamtraining en coaching in de klas", besteed, resultaten },
            new { niveau = "groep", vestiging = AndereVestiging, groep = (string?)"5", doel = "Rekenen in groep 5", interventies = "Extra instructiegroep", besteed = 5_000m, resultaten },
        },
        leerlingregels = opp is { } id ? new[] { new { oppId = id, besteed = 2_500m, toelichting = "Zie het geëvalueerde plan van aanpak." } } : [],
    };

    private async Task<(JsonElement Verantwoording, string Etag)> StartVerantwoordingAsync(Guid toekenning, object verzoek, string? token = null)
    {
        using var response = await Stuur(HttpMethod.Post, $"{Toekenningen}/{toekenning}/verantwoording", verzoek, token ?? IbEigen);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await JsonAsync(response), response.Headers.ETag!.Tag);
    }

    /// <summary>The codes of every problem listed, or of the one problem (a conflict lists none).</summary>
    private static List<string> Codes(JsonElement probleem) =>
        probleem.TryGetProperty("errors", out var fouten)
            ? fouten.EnumerateArray().Select(f => f.GetProperty("code").GetString()!).ToList()
            : [probleem.GetProperty("type").GetString()!.Replace("urn:passendonderwijs:probleem:", string.Empty, StringComparison.Ordinal)];

    [Test]
    public async Task A_grant_lists_every_problem_in_one_400_and_is_unique_per_bestuur_and_year()
    {
        using (var response = await Stuur(HttpMethod.Post, Toekenningen, new
        {
            schoolbestuurId = _bestuur, jaar = 1990, bedrag = -5m, verdeelsleutel = "anders",
            scholen = new[] { new { vestiging = "56EF00", bedrag = 1m }, new { vestiging = "12-AB", bedrag = 1m } },
        }, await BeleidsmedewerkerAsync()))
        {
            Codes(await ProbleemAsync(response, 400)).ShouldBe(["ongeldige-vestigingcode"], "the request is read first, its own problems all at once");
        }

        using (var response = await Stuur(HttpMethod.Post, Toekenningen, new
        {
            schoolbestuurId = _bestuur, jaar = 1990, bedrag = -5m, verdeelsleutel = "anders", scholen = new[] { new { vestiging = "56EF00", bedrag = 1m } },
        }, await BeleidsmedewerkerAsync()))
        {
            Codes(await ProbleemAsync(response, 400)).ShouldBe(["ongeldig-jaar", "bedrag-negatief", "toelichting-vereist", "school-van-ander-bestuur"], ignoreOrder: true);
        }

        var (toekenning, _) = await LegVastAsync();
        toekenning.GetProperty("schoolbestuurNaam").GetString().ShouldBe("Stichting Test");
        toekenning.GetProperty("scholen")[0].GetProperty("schoolNaam").GetString().ShouldBe("De Regenboog");
        toekenning.GetProperty("bedrag").GetDecimal().ShouldBe(100_000m);

        using var tweede = await Stuur(HttpMethod.Post, Toekenningen, Toekenning(bedrag: 5m), await BeleidsmedewerkerAsync());
        Codes(await ProbleemAsync(tweede, 409)).ShouldBe(["toekenning-bestaat"]);
    }

    [Test]
    public async Task A_change_needs_if_match_and_school_staff_only_see_their_own_besturen()
    {
        var (toekenning, etag) = await LegVastAsync();
        var id = toekenning.GetProperty("id").GetGuid();
        var wijziging = new { bedrag = 90_000m, verdeelsleutel = "vast-bedrag-per-school" };

        using (var zonder = await Stuur(HttpMethod.Put, $"{Toekenningen}/{id}", wijziging, await BeleidsmedewerkerAsync()))
        {
            zonder.StatusCode.ShouldBe((HttpStatusCode)428);
        }

        using (var oud = await StapOpAsync($"{Toekenningen}/{id}", "\"999999\"", wijziging, await BeleidsmedewerkerAsync(), HttpMethod.Put))
        {
            oud.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        }

        using (var goed = await StapOpAsync($"{Toekenningen}/{id}", etag, wijziging, await BeleidsmedewerkerAsync(), HttpMethod.Put))
        {
            goed.StatusCode.ShouldBe(HttpStatusCode.OK, await goed.Content.ReadAsStringAsync());
            (await JsonAsync(goed)).GetProperty("geschiedenis").GetArrayLength().ShouldBe(2);
        }

        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Toekenningen}?jaar=2025", token: IbEigen)).GetProperty("toekenningen").GetArrayLength().ShouldBe(1);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Toekenningen}?jaar=2025", token: _ibElders)).GetProperty("toekenningen").GetArrayLength().ShouldBe(0);
        (await Stuur(HttpMethod.Get, $"{Toekenningen}/{id}", token: _ibElders)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Stuur(HttpMethod.Put, $"{Toekenningen}/{id}", wijziging, IbEigen)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // Keeping the grants is the beleidsmedewerker's task; another SWV medewerker only reads them.
        (await Stuur(HttpMethod.Put, $"{Toekenningen}/{id}", wijziging, Medewerker)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Stuur(HttpMethod.Get, $"{Toekenningen}/{id}", token: Medewerker)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Stuur(HttpMethod.Get, Toekenningen, token: Expert)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task The_ib_er_writes_and_submits_the_verantwoording_and_the_beleidsmedewerker_sends_it_back_and_records_the_gesprek()
    {
        var (toekenning, _) = await LegVastAsync(Toekenning(bedrag: 45_000m));
        var (opp, _) = await StartOppAsync();
        var (verantwoording, etag) = await StartVerantwoordingAsync(toekenning.GetProperty("id").GetGuid(), Verantwoording(opp));
        var id = verantwoording.GetProperty("id").GetGuid();
        var pad = $"/api/v1/verantwoordingen/{id}";

        verantwoording.GetProperty("status").GetString().ShouldBe("concept");
        verantwoording.GetProperty("besteed").GetDecimal().ShouldBe(47_500m);
        verantwoording.GetProperty("overschreden").GetBoolean().ShouldBeTrue();
        verantwoording.GetProperty("waarschuwing").GetString().ShouldBe("Er is € 2.500,00 meer besteed dan de € 45.000,00 die is toegekend.");
        verantwoording.GetProperty("leerlingregels")[0].GetProperty("leerlingNaam").GetString().ShouldBe("Sanne Test");
        verantwoording.GetProperty("toegestaneStappen").EnumerateArray().Select(s => s.GetString()).ShouldBe(["indiening"]);

        // The IB'er of the bestuur's other school reads the verantwoording, but not who Sanne is: she is not their pupil.
        var doorCollega = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, pad, token: IbAnder);
        doorCollega.GetProperty("leerlingregels")[0].TryGetProperty("leerlingNaam", out _).ShouldBeFalse();
        doorCollega.GetProperty("leerlingregels")[0].TryGetProperty("leerlingId", out _).ShouldBeFalse();
        doorCollega.GetProperty("leerlingregels")[0].GetProperty("besteed").GetDecimal().ShouldBe(2_500m);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, pad, token: Medewerker)).GetProperty("leerlingregels")[0].GetProperty("leerlingNaam").GetString()
            .ShouldBe("Sanne Test", "SWV staff see the SWV's pupils");
        (await Stuur(HttpMethod.Get, pad, token: _ibElders)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        etag = await ZetAsync(pad + "/indiening", etag, null, IbEigen);
        using (var bijwerken = await StapOpAsync(pad, etag, Verantwoording(opp), IbEigen, HttpMethod.Put))
        {
            Codes(await ProbleemAsync(bijwerken, 409)).ShouldBe(["verantwoording-niet-in-concept"]);
        }

        (await StapOpAsync(pad + "/bespreking", etag, new { datum = "2026-11-20", notitie = "x" }, IbEigen)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        etag = await ZetAsync(pad + "/terugsturing", etag, new { reden = "Splits de groepsregel per groep." }, await BeleidsmedewerkerAsync());
        etag = await ZetAsync(pad, etag, Verantwoording(opp, besteed: 30_000m), IbEigen, HttpMethod.Put);
        etag = await ZetAsync(pad + "/indiening", etag, null, IbEigen);

        using (var toekomst = await StapOpAsync(pad + "/bespreking", etag, new { datum = "2026-12-01", notitie = " " }, await BeleidsmedewerkerAsync()))
        {
            Codes(await ProbleemAsync(toekomst, 400)).ShouldBe(["datum-in-toekomst", "notitie-vereist"], ignoreOrder: true);
        }

        using var besproken = await StapOpAsync(pad + "/bespreking", etag, new { datum = "2026-11-24", notitie = "Doelen gehaald." }, await BeleidsmedewerkerAsync());
        besproken.StatusCode.ShouldBe(HttpStatusCode.OK, await besproken.Content.ReadAsStringAsync());
        var klaar = await JsonAsync(besproken);
        (klaar.GetProperty("status").GetString(), klaar.GetProperty("besprokenOp").GetString()).ShouldBe(("besproken", "2026-11-24"));
        klaar.GetProperty("overschreden").GetBoolean().ShouldBeFalse();
        klaar.GetProperty("geschiedenis").EnumerateArray().Select(g => g.GetProperty("actie").GetString())
            .ShouldBe(["gestart", "ingediend", "teruggestuurd", "bijgewerkt", "ingediend", "besproken"]);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Toekenningen}?jaar=2025", token: Medewerker))
            .GetProperty("toekenningen")[0].GetProperty("verantwoordingStatus").GetString().ShouldBe("besproken");

        var audit = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/auditregels?pageSize=100")).GetProperty("auditRegels").EnumerateArray()
            .Where(r => r.GetProperty("resourceSoort").GetString() == "verantwoording").ToList();
        audit.Count(r => r.TryGetProperty("leerlingId", out var l) && l.GetGuid() == LeerlingId).ShouldBeGreaterThanOrEqualTo(8, "every read and change of the pupil line");
    }

    [Test]
    public async Task A_pupil_line_needs_an_opp_the_ib_er_sees_of_the_bestuurs_schools_and_a_verantwoording_is_submitted_after_the_year()
    {
        var (toekenning, _) = await LegVastAsync();
        var eldersLeerling = await RegistreerLeerlingAsync("Elif", "56EF00", _ibElders);
        var (eldersOpp, _) = await StartOppAsync(eldersLeerling, school: _ibElders);

        using (var vreemd = await Stuur(HttpMethod.Post, $"{Toekenningen}/{toekenning.GetProperty("id").GetGuid()}/verantwoording",
            Verantwoording(eldersOpp, resultaten: null), IbEigen))
        {
            var probleem = await ProbleemAsync(vreemd, 400);
            probleem.GetProperty("errors").EnumerateArray().Select(f => (f.GetProperty("code").GetString(), f.GetProperty("pointer").GetString()))
                .ShouldBe([("opp-onbekend", "#/leerlingregels/0/oppId")]);
        }

        var (eigenToekenningDitJaar, _) = await LegVastAsync(Toekenning(jaar: 2026));
        var (ditJaar, etag) = await StartVerantwoordingAsync(eigenToekenningDitJaar.GetProperty("id").GetGuid(), Verantwoording());
        using var tevroeg = await StapOpAsync($"/api/v1/verantwoordingen/{ditJaar.GetProperty("id").GetGuid()}/indiening", etag, null, IbEigen);
        Codes(await ProbleemAsync(tevroeg, 409)).ShouldBe(["jaar-niet-voorbij"]);
    }

    private async Task<string> ZetAsync(string pad, string etag, object? inhoud, string token, HttpMethod? methode = null)
    {
        using var response = await StapOpAsync(pad, etag, inhoud, token, methode);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{pad}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.ETag!.Tag;
    }
}
