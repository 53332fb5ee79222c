using System.Net;
using System.Text.Json;

namespace PassendOnderwijs.Api.FunctionalTests.Leerlingen;

/// <summary>
/// POST /leerlingen/zoekopdrachten as the pupil picker and the pupil list use it: by a part of the name and/or the date
/// of birth, in the body (never in the URL), ordered by name, with the number found, within what the caller may see,
/// and every pupil it shows in the audit log (and no other).
/// </summary>
public class LeerlingZoekTests : ArrangementTest
{
    private Guid _sanneAnders;
    private Guid _daan;
    private Guid _bijDeBrug;

    [SetUp]
    public async Task MeerLeerlingenAsync()
    {
        // Sanne Test (2017-05-01, 12AB00) comes with the set-up.
        _sanneAnders = await RegistreerAsync("Sanne", "de Vries", "2017-03-14", EigenVestiging, IbEigen);
        _daan = await RegistreerAsync("Daan", "Jansen", "2017-03-14", EigenVestiging, IbEigen);
        _bijDeBrug = await RegistreerAsync("Sanne", "Bakker", "2017-03-14", AndereVestiging, IbAnder);
    }

    [Test]
    public async Task Name_and_date_of_birth_together_find_the_one_pupil()
    {
        var lijst = await ZoekAsync(new { naam = "sanne", geboortedatum = "2017-03-14" }, IbEigen);
        Ids(lijst).ShouldBe([_sanneAnders]);
        lijst.GetProperty("totaal").GetInt32().ShouldBe(1);
    }

    [TestCase("SANNE DE V")]
    [TestCase("ne de vr")]
    [TestCase("de vries")]
    public async Task A_part_of_the_whole_name_in_any_case_finds_the_pupil_across_voornaam_and_achternaam(string naam) =>
        Ids(await ZoekAsync(new { naam }, IbEigen)).ShouldBe([_sanneAnders]);

    [Test]
    public async Task The_date_of_birth_alone_finds_every_pupil_born_that_day_the_caller_may_see()
    {
        Ids(await ZoekAsync(new { geboortedatum = "2017-03-14" }, IbEigen)).ShouldBe([_sanneAnders, _daan], ignoreOrder: true);
        Ids(await ZoekAsync(new { geboortedatum = "2017-03-14" }, Medewerker)).ShouldBe([_sanneAnders, _daan, _bijDeBrug], ignoreOrder: true);
        Ids(await ZoekAsync(new { geboortedatum = "2017-03-14" }, IbAnder)).ShouldBe([_bijDeBrug]);
        (await ZoekAsync(new { geboortedatum = "2017-03-14" }, Expert)).GetProperty("totaal").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task The_total_counts_every_page_and_only_what_the_caller_may_see()
    {
        var lijst = await ZoekAsync(new { naam = "sanne", pageSize = 1 }, Medewerker);
        lijst.GetProperty("leerlingen").GetArrayLength().ShouldBe(1);
        lijst.GetProperty("totaal").GetInt32().ShouldBe(3);
        (await ZoekAsync(new { naam = "sanne", pageSize = 1 }, IbEigen)).GetProperty("totaal").GetInt32().ShouldBe(2);
    }

    [Test]
    public async Task Only_the_pupils_a_search_shows_are_in_the_audit_log()
    {
        await ZoekAsync(new { naam = "daan" }, IbEigen);

        LeesregelsVan(await AuditAsync(_daan)).ShouldBe(1);
        LeesregelsVan(await AuditAsync(_sanneAnders)).ShouldBe(0);
    }

    [Test]
    public async Task Pupils_come_by_achternaam_then_voornaam_then_date_of_birth_and_page_on_in_that_order()
    {
        var eerder = await RegistreerAsync("Sanne", "de Vries", "2016-01-02", EigenVestiging, IbEigen);

        var eerste = await ZoekAsync(new { pageSize = 3 }, IbEigen);
        Ids(eerste).ShouldBe([eerder, _sanneAnders, _daan]);
        eerste.GetProperty("totaal").GetInt32().ShouldBe(4);
        var cursor = eerste.GetProperty("volgendeCursor").GetString();
        var tweede = await ZoekAsync(new { pageSize = 3, cursor }, IbEigen);
        Ids(tweede).ShouldBe([LeerlingId]);
        (tweede.TryGetProperty("volgendeCursor", out var geen) && geen.ValueKind != JsonValueKind.Null).ShouldBeFalse();
    }

    [Test]
    public async Task A_school_medewerker_never_finds_a_pupil_of_another_vestiging_not_even_by_asking_for_it()
    {
        Ids(await ZoekAsync(new { naam = "bakker" }, IbEigen)).ShouldBeEmpty();
        Ids(await ZoekAsync(new { naam = "sanne", vestiging = AndereVestiging }, IbEigen)).ShouldBeEmpty();
        Ids(await ZoekAsync(new { naam = "sanne", vestiging = AndereVestiging }, Medewerker)).ShouldBe([_bijDeBrug]);
    }

    [Test]
    public async Task An_expert_finds_only_the_pupils_they_are_involved_with()
    {
        await MaakExpertBetrokkenAsync(_daan);

        Ids(await ZoekAsync(new { geboortedatum = "2017-03-14" }, Expert)).ShouldBe([_daan]);
        Ids(await ZoekAsync(new { naam = "sanne" }, Expert)).ShouldBeEmpty();
    }

    [Test]
    public async Task Bad_input_is_one_400_that_lists_every_problem_by_its_place_in_the_body()
    {
        using var response = await Stuur(HttpMethod.Post, Zoekpad, new { naam = "s", vestiging = "12", pageSize = 0 }, IbEigen);

        var fouten = (await ProbleemAsync(response, 400)).GetProperty("errors").EnumerateArray()
            .Select(f => (f.GetProperty("code").GetString(), f.GetProperty("pointer").GetString())).ToList();
        fouten.ShouldContain(("zoekterm-te-kort", "#/naam"));
        fouten.ShouldContain(("ongeldige-page-size", "#/pageSize"));
        fouten.Count(f => f.Item2 == "#/vestiging").ShouldBe(1);
    }

    [Test]
    public async Task One_letter_with_a_date_of_birth_is_enough_and_a_date_that_is_not_iso_is_a_400()
    {
        Ids(await ZoekAsync(new { naam = "d", geboortedatum = "2017-03-14" }, IbEigen)).ShouldBe([_sanneAnders, _daan]);

        using var response = await Stuur(HttpMethod.Post, Zoekpad, new { geboortedatum = "14-03-2017" }, IbEigen);
        var fout = (await ProbleemAsync(response, 400)).GetProperty("errors")[0];
        fout.GetProperty("code").GetString().ShouldBe("ongeldige-datum");
        fout.GetProperty("pointer").GetString().ShouldBe("#/geboortedatum");
    }

    [Test]
    public async Task A_cursor_of_the_registration_order_list_or_a_made_up_one_is_refused()
    {
        var vanLijst = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/leerlingen?pageSize=1", token: IbEigen)).GetProperty("volgendeCursor").GetString();
        foreach (var cursor in new[] { vanLijst, "bestaat-niet" })
        {
            using var response = await Stuur(HttpMethod.Post, Zoekpad, new { cursor }, IbEigen);
            var fout = (await ProbleemAsync(response, 400)).GetProperty("errors")[0];
            fout.GetProperty("code").GetString().ShouldBe("ongeldige-cursor");
            fout.GetProperty("pointer").GetString().ShouldBe("#/cursor");
        }
    }

    [TestCase("naam=sanne")]
    [TestCase("geboortedatum=2017-03-14")]
    public async Task The_pupil_list_refuses_a_name_or_date_of_birth_in_the_url(string query)
    {
        using var response = await Stuur(HttpMethod.Get, $"/api/v1/leerlingen?{query}", token: IbEigen);

        (await ProbleemAsync(response, 400)).GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("onbekende-parameter");
    }

    private async Task<Guid> RegistreerAsync(string voornaam, string achternaam, string geboortedatum, string vestiging, string token) =>
        (await Verwacht(
            HttpStatusCode.Created, HttpMethod.Post, "/api/v1/leerlingen",
            new { voornaam, achternaam, geboortedatum, vestiging, groep = "4" }, token)).GetProperty("id").GetGuid();

    private const string Zoekpad = "/api/v1/leerlingen/zoekopdrachten";

    private async Task<JsonElement> ZoekAsync(object zoekvraag, string token)
    {
        using var response = await Stuur(HttpMethod.Post, Zoekpad, zoekvraag, token);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await JsonAsync(response);
    }

    private async Task<JsonElement> AuditAsync(Guid leerling) =>
        await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={leerling}");

    private static int LeesregelsVan(JsonElement audit) => audit.GetProperty("auditRegels").EnumerateArray()
        .Count(r => r.GetProperty("actie").GetString() == "lezen" && r.GetProperty("resourceSoort").GetString() == "leerling");

    private static List<Guid> Ids(JsonElement lijst) =>
        lijst.GetProperty("leerlingen").EnumerateArray().Select(l => l.GetProperty("id").GetGuid()).ToList();
}
