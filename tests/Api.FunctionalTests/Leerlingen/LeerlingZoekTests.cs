using System.Net;
using System.Text.Json;

namespace PassendOnderwijs.Api.FunctionalTests.Leerlingen;

/// <summary>
/// GET /leerlingen as the pupil picker uses it: by a part of the name and/or the date of birth, with the number found,
/// within what the caller may see, and every pupil it shows in the audit log (and no other).
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
        var lijst = await ZoekAsync("naam=sanne&geboortedatum=2017-03-14", IbEigen);
        Ids(lijst).ShouldBe([_sanneAnders]);
        lijst.GetProperty("totaal").GetInt32().ShouldBe(1);
    }

    [Test]
    public async Task The_date_of_birth_alone_finds_every_pupil_born_that_day_the_caller_may_see()
    {
        Ids(await ZoekAsync("geboortedatum=2017-03-14", IbEigen)).ShouldBe([_sanneAnders, _daan], ignoreOrder: true);
        Ids(await ZoekAsync("geboortedatum=2017-03-14", Medewerker)).ShouldBe([_sanneAnders, _daan, _bijDeBrug], ignoreOrder: true);
        Ids(await ZoekAsync("geboortedatum=2017-03-14", IbAnder)).ShouldBe([_bijDeBrug]);
        (await ZoekAsync("geboortedatum=2017-03-14", Expert)).GetProperty("totaal").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task The_total_counts_every_page_and_only_what_the_caller_may_see()
    {
        var lijst = await ZoekAsync("naam=sanne&pageSize=1", Medewerker);
        lijst.GetProperty("leerlingen").GetArrayLength().ShouldBe(1);
        lijst.GetProperty("totaal").GetInt32().ShouldBe(3);
        (await ZoekAsync("naam=sanne&pageSize=1", IbEigen)).GetProperty("totaal").GetInt32().ShouldBe(2);
    }

    [Test]
    public async Task Only_the_pupils_a_search_shows_are_in_the_audit_log()
    {
        await ZoekAsync("naam=daan", IbEigen);

        LeesregelsVan(await AuditAsync(_daan)).ShouldBe(1);
        LeesregelsVan(await AuditAsync(_sanneAnders)).ShouldBe(0);
    }

    [Test]
    public async Task A_date_of_birth_that_is_not_a_date_is_a_400_naming_the_parameter()
    {
        using var response = await Stuur(HttpMethod.Get, "/api/v1/leerlingen?geboortedatum=14-03-2017", token: IbEigen);
        var fout = (await ProbleemAsync(response, 400)).GetProperty("errors")[0];
        fout.GetProperty("code").GetString().ShouldBe("ongeldige-datum");
        fout.GetProperty("parameter").GetString().ShouldBe("geboortedatum");
    }

    private async Task<Guid> RegistreerAsync(string voornaam, string achternaam, string geboortedatum, string vestiging, string token) =>
        (await Verwacht(
            HttpStatusCode.Created, HttpMethod.Post, "/api/v1/leerlingen",
            new { voornaam, achternaam, geboortedatum, vestiging, groep = "4" }, token)).GetProperty("id").GetGuid();

    private async Task<JsonElement> ZoekAsync(string query, string token)
    {
        using var response = await Stuur(HttpMethod.Get, $"/api/v1/leerlingen?{query}", token: token);
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
