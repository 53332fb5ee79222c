using System.Net;
using System.Text.Json;
using PassendOnderwijs.Api.FunctionalTests.Begeleidingsaanbod;

namespace PassendOnderwijs.Api.FunctionalTests.Zoeken;

/// <summary>
/// POST /zoekopdrachten, the staff's one search box: pupils, arrangementen and aanbieders in groups with counts and
/// links, each within what the caller may see, every pupil shown in the audit log, and the search never in a URL.
/// </summary>
public class ZoekopdrachtTests : ArrangementTest
{
    private const string Zoekpad = "/api/v1/zoekopdrachten";
    private Guid _bijDeBrug;
    private Guid _arrangement;

    [SetUp]
    public async Task ZoekbaarAsync()
    {
        // Sanne Test (2017-05-01, 12AB00) comes with the set-up; a namesake goes to the other school.
        _bijDeBrug = await RegistreerLeerlingAsync("Sanne", AndereVestiging, IbAnder);
        var (id, etag) = await VraagAanAsync();
        await MaakActiefAsync(id, etag, "BS-2026-0417");
        _arrangement = id;
        await Verwacht(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/onderwijsbegeleidingsaanbieders", AanbiederVoorbeeld.Registratie("123A456", "Sanne's Ambulante Dienst"));
    }

    [Test]
    public async Task One_term_finds_pupils_arrangementen_and_aanbieders_with_counts_and_links()
    {
        var gevonden = await ZoekAsync("sanne", Medewerker);

        var leerlingen = gevonden.GetProperty("leerlingen");
        leerlingen.GetProperty("totaal").GetInt32().ShouldBe(2);
        Ids(leerlingen).ShouldBe([LeerlingId, _bijDeBrug], ignoreOrder: true);
        leerlingen.GetProperty("resultaten")[0].GetProperty("href").GetString().ShouldStartWith("/leerlingen/");
        gevonden.GetProperty("arrangementen").GetProperty("totaal").GetInt32().ShouldBe(0);
        var aanbieder = gevonden.GetProperty("onderwijsbegeleidingsaanbieders").GetProperty("resultaten")[0];
        aanbieder.GetProperty("code").GetString().ShouldBe("123A456");
        aanbieder.GetProperty("href").GetString().ShouldBe("/onderwijsbegeleidingsaanbieders/123A456");

        var arrangement = (await ZoekAsync("bs-2026-04", Medewerker)).GetProperty("arrangementen");
        arrangement.GetProperty("totaal").GetInt32().ShouldBe(1);
        var eerste = arrangement.GetProperty("resultaten")[0];
        eerste.GetProperty("id").GetGuid().ShouldBe(_arrangement);
        eerste.GetProperty("beschikkingsnummer").GetString().ShouldBe("BS-2026-0417");
        eerste.GetProperty("leerling").GetProperty("voornaam").GetString().ShouldBe("Sanne");
        eerste.GetProperty("href").GetString().ShouldBe($"/arrangementen/{_arrangement}");

        (await ZoekAsync("123a456", Medewerker)).GetProperty("onderwijsbegeleidingsaanbieders").GetProperty("totaal").GetInt32().ShouldBe(1);
    }

    [Test]
    public async Task A_name_and_a_dutch_date_of_birth_together_find_the_one_pupil()
    {
        Ids((await ZoekAsync("sanne 01-05-2017", IbEigen)).GetProperty("leerlingen")).ShouldBe([LeerlingId]);
        Ids((await ZoekAsync("1-5-2017", Medewerker)).GetProperty("leerlingen")).ShouldBe([LeerlingId, _bijDeBrug], ignoreOrder: true);
        Ids((await ZoekAsync("sanne 02-05-2017", Medewerker)).GetProperty("leerlingen")).ShouldBeEmpty();
    }

    [Test]
    public async Task A_school_medewerker_never_finds_a_pupil_or_arrangement_of_another_vestiging()
    {
        Ids((await ZoekAsync("sanne", IbAnder)).GetProperty("leerlingen")).ShouldBe([_bijDeBrug]);
        (await ZoekAsync("BS-2026-0417", IbAnder)).GetProperty("arrangementen").GetProperty("totaal").GetInt32().ShouldBe(0);
        (await ZoekAsync("BS-2026-0417", IbEigen)).GetProperty("arrangementen").GetProperty("totaal").GetInt32().ShouldBe(1);
    }

    [Test]
    public async Task An_expert_finds_only_the_pupils_they_are_involved_with()
    {
        var voor = await ZoekAsync("sanne", Expert);
        voor.GetProperty("leerlingen").GetProperty("totaal").GetInt32().ShouldBe(0);
        (await ZoekAsync("BS-2026-0417", Expert)).GetProperty("arrangementen").GetProperty("totaal").GetInt32().ShouldBe(0);

        await MaakExpertBetrokkenAsync(_bijDeBrug);

        Ids((await ZoekAsync("sanne", Expert)).GetProperty("leerlingen")).ShouldBe([_bijDeBrug]);
    }

    [Test]
    public async Task A_beheerder_finds_aanbieders_and_no_pupils_or_arrangementen()
    {
        var gevonden = await ZoekAsync("sanne", Beheerder);

        Ontbreekt(gevonden, "leerlingen").ShouldBeTrue();
        Ontbreekt(gevonden, "arrangementen").ShouldBeTrue();
        gevonden.GetProperty("onderwijsbegeleidingsaanbieders").GetProperty("totaal").GetInt32().ShouldBe(1);
    }

    [Test]
    public async Task Every_pupil_shown_is_audited_as_read_also_through_an_arrangement_and_no_other()
    {
        var anderKind = await RegistreerLeerlingAsync("Daan", EigenVestiging, IbEigen);

        await ZoekAsync("sanne", IbEigen);
        await ZoekAsync("BS-2026-0417", IbEigen);

        var regels = await AuditAsync(LeerlingId);
        regels.Count(r => r.Soort == "leerling" && r.Resource == LeerlingId.ToString()).ShouldBe(1);
        regels.Count(r => r.Soort == "arrangement" && r.Resource == _arrangement.ToString()).ShouldBe(1);
        (await AuditAsync(anderKind)).ShouldBeEmpty();
        (await AuditAsync(_bijDeBrug)).ShouldBeEmpty();
    }

    [Test]
    public async Task Bad_input_is_a_400_that_lists_every_problem()
    {
        await VerwachtFoutenAsync(new { zoekterm = "s" }, "zoekterm-te-kort");
        await VerwachtFoutenAsync(new { zoekterm = "  " }, "zoekterm-vereist");
        await VerwachtFoutenAsync(new { }, "zoekterm-vereist");
        await VerwachtFoutenAsync(new { zoekterm = "01-05-2017 02-05-2017" }, "meerdere-datums");
        await VerwachtFoutenAsync(new { zoekterm = new string('s', 101) }, "tekst-te-lang");
    }

    [Test]
    public async Task The_search_is_not_for_machine_clients_and_takes_no_query_string()
    {
        using var metQuery = await Stuur(HttpMethod.Post, Zoekpad + "?zoekterm=sanne", new { zoekterm = "sanne" }, Medewerker);
        (await ProbleemAsync(metQuery, 400)).GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("onbekende-parameter");

        using var get = await Stuur(HttpMethod.Get, Zoekpad, token: Medewerker);
        get.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
    }

    private async Task VerwachtFoutenAsync(object inhoud, params string[] codes)
    {
        using var response = await Stuur(HttpMethod.Post, Zoekpad, inhoud, Medewerker);
        var fouten = (await ProbleemAsync(response, 400)).GetProperty("errors").EnumerateArray().ToList();
        fouten.Select(f => f.GetProperty("code").GetString()).ShouldBe(codes, ignoreOrder: true);
        fouten.ShouldAllBe(f => f.GetProperty("pointer").GetString() == "#/zoekterm");
    }

    private async Task<JsonElement> ZoekAsync(string zoekterm, string token) =>
        await Verwacht(HttpStatusCode.OK, HttpMethod.Post, Zoekpad, new { zoekterm }, token);

    private async Task<List<(string? Soort, string? Resource)>> AuditAsync(Guid leerling) =>
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={leerling}"))
            .GetProperty("auditRegels").EnumerateArray()
            .Where(r => r.GetProperty("actie").GetString() == "lezen")
            .Select(r => (r.GetProperty("resourceSoort").GetString(), r.GetProperty("resourceId").GetString()))
            .ToList();

    private static bool Ontbreekt(JsonElement antwoord, string groep) =>
        !antwoord.TryGetProperty(groep, out var waarde) || waarde.ValueKind == JsonValueKind.Null;

    private static List<Guid> Ids(JsonElement groep) =>
        groep.GetProperty("resultaten").EnumerateArray().Select(l => l.GetProperty("id").GetGuid()).ToList();
}
