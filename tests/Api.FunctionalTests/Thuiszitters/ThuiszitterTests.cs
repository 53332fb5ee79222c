using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace PassendOnderwijs.Api.FunctionalTests.Thuiszitters;

/// <summary>
/// Issue 21, the thuiszitters register: SWV staff register and manage entries, a school reports its own pupils and sees
/// only its own, the 4-weeks boundary, plan versions, the return, the werkvoorraad and the count per peildatum. The
/// clock stands on 24 November 2026.
/// </summary>
public sealed class ThuiszitterTests : ArrangementTest
{
    private const string Register = "/api/v1/thuiszitters";

    private static object Melding(Guid leerling, string soort = "langdurig-relatief-verzuim", string sinds = "2026-10-01", string? reden = "wachten-op-plek", string? grond = null) => new
    {
        leerlingId = leerling, soort, verzuimSinds = sinds, reden, grond, gemeente = "Utrecht",
        leerplichtambtenaarNaam = "Lotte de Leerplicht", leerplichtambtenaarContact = "030 123 45 67",
        plan = "Drie ochtenden naar De Brug.", perspectief = "Terug naar het SBO.",
    };

    private async Task<(Guid Id, string Etag)> MeldAsync(object melding, string? token = null)
    {
        using var response = await Stuur(HttpMethod.Post, Register, melding, token ?? Medewerker);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await JsonAsync(response)).GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().ShouldEndWith($"{Register}/{id}");
        return (id, response.Headers.ETag!.Tag);
    }

    private async Task<HttpResponseMessage> WijzigAsync(HttpMethod methode, string pad, string? ifMatch, object inhoud, string? token = null)
    {
        using var verzoek = new HttpRequestMessage(methode, pad) { Content = JsonContent.Create(inhoud) };
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Medewerker);
        if (ifMatch is not null)
        {
            verzoek.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await Client.SendAsync(verzoek);
    }

    private static IEnumerable<string> Codes(JsonElement probleem) =>
        probleem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()!);

    [Test]
    public async Task Swv_staff_register_a_thuiszitter_with_its_aim_and_duration()
    {
        var (id, _) = await MeldAsync(Melding(LeerlingId));

        var entry = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Register}/{id}", token: Medewerker);
        entry.GetProperty("status").GetString().ShouldBe("open");
        entry.GetProperty("streefdatum").GetString().ShouldBe("2027-01-01");
        entry.GetProperty("thuiszitterVanaf").GetString().ShouldBe("2026-10-29");
        entry.GetProperty("duurInDagen").GetInt32().ShouldBe(54);
        entry.GetProperty("verlopen").GetBoolean().ShouldBeFalse();
        entry.GetProperty("leerplichtambtenaar").GetProperty("naam").GetString().ShouldBe("Lotte de Leerplicht");
        entry.GetProperty("plan").GetProperty("plan").GetString().ShouldBe("Drie ochtenden naar De Brug.");
        entry.GetProperty("toegestaneStappen").EnumerateArray().Select(s => s.GetString()).ShouldBe(["planwijziging", "terugkeer", "beeindiging"]);
    }

    [Test]
    public async Task Relatief_verzuim_of_less_than_four_weeks_is_refused_and_bad_input_lists_every_problem()
    {
        // 24 November minus 28 days is 27 October: absent since the 28th is not yet a thuiszitter.
        (await ProbleemAsync(await Stuur(HttpMethod.Post, Register, Melding(LeerlingId, sinds: "2026-10-28"), Medewerker), 422))
            .GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("nog-geen-thuiszitter");
        await MeldAsync(Melding(LeerlingId, sinds: "2026-10-27"));

        var fouten = await ProbleemAsync(
            await Stuur(HttpMethod.Post, Register, new { leerlingId = LeerlingId, soort = "vrijstelling", reden = "anders", gemeente = " " }, Medewerker), 400);
        Codes(fouten).ShouldBe(["verzuim-sinds-vereist", "grond-vereist", "reden-alleen-bij-thuiszitter", "gemeente-vereist"], ignoreOrder: true);
        Codes(await ProbleemAsync(await Stuur(HttpMethod.Post, Register, Melding(LeerlingId, soort: "spijbelen"), Medewerker), 400))
            .ShouldBe(["ongeldige-soort"]);
    }

    [Test]
    public async Task A_school_reports_its_own_pupils_and_sees_only_its_own_entries()
    {
        var ander = await RegistreerLeerlingAsync("Bram", AndereVestiging, IbAnder);
        var (eigen, _) = await MeldAsync(Melding(LeerlingId, soort: "absoluut-verzuim", sinds: "2026-11-20"), IbEigen);
        var (vanAnder, _) = await MeldAsync(Melding(ander));

        (await ProbleemAsync(await Stuur(HttpMethod.Post, Register, Melding(ander), IbEigen), 404)).GetProperty("status").GetInt32().ShouldBe(404);
        var lijst = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Register, token: IbEigen);
        lijst.GetProperty("thuiszitters").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ShouldBe([eigen]);
        await Verwacht(HttpStatusCode.NotFound, HttpMethod.Get, $"{Register}/{vanAnder}", token: IbEigen);

        // The school reads but does not manage: it may take no step.
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Register}/{eigen}", token: IbEigen)).GetProperty("toegestaneStappen").GetArrayLength().ShouldBe(0);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Register, token: Medewerker)).GetProperty("totaal").GetInt32().ShouldBe(2);
    }

    [Test]
    public async Task The_plan_is_kept_in_versions_and_the_return_closes_the_entry()
    {
        var (id, etag) = await MeldAsync(Melding(LeerlingId));
        // One open entry per child: a second would count the child twice.
        (await ProbleemAsync(await Stuur(HttpMethod.Post, Register, Melding(LeerlingId, soort: "absoluut-verzuim", sinds: "2026-11-20"), Medewerker), 409))
            .GetProperty("type").GetString()!.ShouldEndWith("al-in-register");
        var nieuwPlan = new { gemeente = "Utrecht", leerplichtambtenaarNaam = "Kees", plan = "Vijf ochtenden naar De Brug.", perspectief = "Terug naar het SBO." };

        (await WijzigAsync(HttpMethod.Put, $"{Register}/{id}/plan", null, nieuwPlan)).StatusCode.ShouldBe((HttpStatusCode)428);
        using (var bijgewerkt = await WijzigAsync(HttpMethod.Put, $"{Register}/{id}/plan", etag, nieuwPlan))
        {
            bijgewerkt.StatusCode.ShouldBe(HttpStatusCode.OK, await bijgewerkt.Content.ReadAsStringAsync());
            var entry = await JsonAsync(bijgewerkt);
            entry.GetProperty("planversies").EnumerateArray().Select(v => v.GetProperty("plan").GetString())
                .ShouldBe(["Drie ochtenden naar De Brug.", "Vijf ochtenden naar De Brug."]);
            (await WijzigAsync(HttpMethod.Put, $"{Register}/{id}/plan", etag, nieuwPlan)).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
            etag = bijgewerkt.Headers.ETag!.Tag;
        }

        Codes(await ProbleemAsync(await WijzigAsync(HttpMethod.Post, $"{Register}/{id}/terugkeer", etag, new { datum = "2026-09-01" }), 400))
            .ShouldBe(["datum-voor-verzuim", "bestemming-vereist"], ignoreOrder: true);
        (await ProbleemAsync(await WijzigAsync(HttpMethod.Post, $"{Register}/{id}/terugkeer", etag, new { datum = "2026-11-23", vestiging = "99ZZ00" }), 422))
            .GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("school-onbekend");
        using var terug = await WijzigAsync(HttpMethod.Post, $"{Register}/{id}/terugkeer", etag, new { datum = "2026-11-23", vestiging = AndereVestiging });
        terug.StatusCode.ShouldBe(HttpStatusCode.OK, await terug.Content.ReadAsStringAsync());
        var teruggekeerd = await JsonAsync(terug);
        teruggekeerd.GetProperty("status").GetString().ShouldBe("teruggekeerd");
        teruggekeerd.GetProperty("terugkeer").GetProperty("binnenStreefdatum").GetBoolean().ShouldBeTrue();
        teruggekeerd.GetProperty("terugkeer").GetProperty("vestiging").GetString().ShouldBe(AndereVestiging);
        teruggekeerd.GetProperty("duurInDagen").GetInt32().ShouldBe(53);

        (await ProbleemAsync(await WijzigAsync(HttpMethod.Post, $"{Register}/{id}/beeindiging", terug.Headers.ETag!.Tag, new { datum = "2026-11-24", reden = "verhuisd" }), 409))
            .GetProperty("type").GetString()!.ShouldEndWith("ongeldige-overgang");

        // Back at school, the child may be registered again later.
        await MeldAsync(Melding(LeerlingId, soort: "absoluut-verzuim", sinds: "2026-11-24"));

        var audit = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={LeerlingId}")).GetProperty("auditRegels").EnumerateArray()
            .Select(r => (r.GetProperty("actie").GetString(), r.GetProperty("resourceSoort").GetString())).ToList();
        audit.ShouldContain(("aanmaken", "thuiszitter"));
        audit.ShouldContain(("wijzigen", "thuiszitter"));
    }

    [Test]
    public async Task The_list_shows_overdue_first_and_the_werkvoorraad_the_aims_that_are_near_or_passed()
    {
        var tweede = await RegistreerLeerlingAsync("Noor", EigenVestiging, IbEigen);
        var derde = await RegistreerLeerlingAsync("Ilias", EigenVestiging, IbEigen);
        var (vers, _) = await MeldAsync(Melding(LeerlingId, sinds: "2026-10-20"));
        var (verlopen, _) = await MeldAsync(Melding(tweede, sinds: "2026-07-01"));
        var (vrijstelling, _) = await MeldAsync(Melding(derde, soort: "vrijstelling", sinds: "2026-01-01", reden: null, grond: "artikel-5a"));

        var lijst = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Register, token: Medewerker)).GetProperty("thuiszitters").EnumerateArray().ToList();
        lijst.Select(t => t.GetProperty("id").GetGuid()).ShouldBe([verlopen, vrijstelling, vers]);
        lijst[0].GetProperty("verlopen").GetBoolean().ShouldBeTrue();
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Register}?soort=vrijstelling", token: Medewerker)).GetProperty("totaal").GetInt32().ShouldBe(1);

        // Page by page, the same order, each entry once; the cursor belongs to this list only.
        var eerste = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Register}?pageSize=2", token: Medewerker);
        eerste.GetProperty("totaal").GetInt32().ShouldBe(3);
        var cursor = eerste.GetProperty("volgendeCursor").GetString()!;
        var tweedePagina = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Register}?pageSize=2&cursor={Uri.EscapeDataString(cursor)}", token: Medewerker);
        tweedePagina.TryGetProperty("volgendeCursor", out var geen).ShouldBe(geen.ValueKind == JsonValueKind.Null);
        eerste.GetProperty("thuiszitters").EnumerateArray().Concat(tweedePagina.GetProperty("thuiszitters").EnumerateArray())
            .Select(t => t.GetProperty("id").GetGuid()).ShouldBe([verlopen, vrijstelling, vers]);
        Codes(await ProbleemAsync(await Stuur(HttpMethod.Get, $"{Register}/werkvoorraad?cursor={Uri.EscapeDataString(cursor)}", null, Medewerker), 400))
            .ShouldBe(["ongeldige-cursor"]);
        Codes(await ProbleemAsync(await Stuur(HttpMethod.Get, $"{Register}?pageSize=201", null, Medewerker), 400)).ShouldNotBeEmpty();
        Codes(await ProbleemAsync(await Stuur(HttpMethod.Get, $"{Register}?soort=spijbelen", null, Medewerker), 400)).ShouldBe(["ongeldige-soort"]);

        var werk = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Register}/werkvoorraad", token: Medewerker)).GetProperty("items").EnumerateArray().ToList();
        werk.Select(w => w.GetProperty("thuiszitterId").GetGuid()).ShouldBe([verlopen]);
        werk[0].GetProperty("actie").GetString().ShouldBe("terugkeer-regelen");
        werk[0].GetProperty("deadline").GetString().ShouldBe("2026-10-01");
        werk[0].GetProperty("verlopen").GetBoolean().ShouldBeTrue();
        await Verwacht(HttpStatusCode.Forbidden, HttpMethod.Get, $"{Register}/werkvoorraad", token: IbEigen);
    }

    [Test]
    public async Task The_count_per_peildatum_is_a_set_of_tables_and_a_file()
    {
        var tweede = await RegistreerLeerlingAsync("Noor", EigenVestiging, IbEigen);
        await MeldAsync(Melding(LeerlingId, sinds: "2026-10-01"));
        await MeldAsync(Melding(tweede, soort: "vrijstelling", sinds: "2026-01-01", reden: null, grond: "artikel-5a"));

        var telling = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Register}/telling?peildatum=2026-11-24", token: Medewerker);
        telling.GetProperty("thuiszitters").GetInt32().ShouldBe(1);
        var tabellen = telling.GetProperty("tabellen").EnumerateArray().ToDictionary(t => t.GetProperty("code").GetString()!);
        tabellen.Keys.ShouldBe(["per-duur", "per-leeftijd", "per-reden", "terugkeer", "vrijstellingen"]);
        telling.GetProperty("drempel").GetInt32().ShouldBe(5);

        // The dashboard's table shape: exact for the staff, each figure marked klein where the file hides it.
        var perDuur = tabellen["per-duur"];
        perDuur.GetProperty("titel").GetString().ShouldBe("Naar duur van het verzuim");
        var duur = perDuur.GetProperty("tabel");
        var rij = duur.GetProperty("rijen").EnumerateArray().Select(r => r.GetProperty("sleutel").GetString()).ToList().IndexOf("tot-3-maanden");
        var kolom = duur.GetProperty("kolommen").EnumerateArray().Select(k => k.GetProperty("sleutel").GetString()).ToList().IndexOf("langdurig-relatief-verzuim");
        var cel = duur.GetProperty("cellen")[rij][kolom];
        (cel.GetProperty("aantal").GetInt32(), cel.GetProperty("klein").GetBoolean()).ShouldBe((1, true));
        (duur.GetProperty("totaal").GetProperty("aantal").GetInt32(), duur.GetProperty("totaal").GetProperty("klein").GetBoolean()).ShouldBe((1, true));
        var nul = duur.GetProperty("cellen")[rij][1 - kolom];
        (nul.GetProperty("aantal").GetInt32(), nul.GetProperty("klein").GetBoolean()).ShouldBe((0, false));
        tabellen["vrijstellingen"].GetProperty("tabel").GetProperty("totaal").GetProperty("aantal").GetInt32().ShouldBe(1);

        // On 1 October the absence had just begun: not yet a thuiszitter.
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Register}/telling?peildatum=2026-10-15", token: Medewerker)).GetProperty("thuiszitters").GetInt32().ShouldBe(0);
        Codes(await ProbleemAsync(await Stuur(HttpMethod.Get, $"{Register}/telling?peildatum=1-3-2027", null, Medewerker), 400)).ShouldBe(["ongeldige-datum"]);
        await Verwacht(HttpStatusCode.Forbidden, HttpMethod.Get, $"{Register}/telling", token: IbEigen);

        using var verzoek = new HttpRequestMessage(HttpMethod.Get, $"{Register}/telling/export?peildatum=2026-11-24");
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Medewerker);
        verzoek.Headers.Accept.ParseAdd("text/csv");
        using var bestand = await Client.SendAsync(verzoek);
        bestand.StatusCode.ShouldBe(HttpStatusCode.OK);
        var csv = await bestand.Content.ReadAsStringAsync();
        csv.ShouldContain("Peildatum;Tabel;Rij;Kolom;Aantal;Toelichting");
        // One thuiszitter is below the drempel: the file, which leaves the bureau, hides it and every total that shows it.
        csv.ShouldContain("Naar duur van het verzuim;Tot 3 maanden;Langdurig relatief verzuim;;verborgen: klein aantal");
        csv.ShouldContain("Naar duur van het verzuim;Totaal;Totaal;;verborgen: klein aantal");
        csv.ShouldContain("Naar duur van het verzuim;Tot 3 maanden;Absoluut verzuim;0;");
    }
}
