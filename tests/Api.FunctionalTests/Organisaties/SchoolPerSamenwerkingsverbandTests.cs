using System.Net;
using System.Text.Json;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests.Organisaties;

/// <summary>
/// A vestiging is a school in at most one samenwerkingsverband per sector: an SO/VSO school takes part in the PO and
/// the VO samenwerkingsverband of its region, and is a school of its own in each, with its own pupils. The set-up has
/// De Regenboog (12AB00) in PO2705 with the pupil Sanne.
/// </summary>
public class SchoolPerSamenwerkingsverbandTests : ArrangementTest
{
    private const string Scholen = "/api/v1/scholen";

    [Test]
    public async Task The_same_vestiging_is_a_school_in_a_PO_and_a_VO_samenwerkingsverband_each_with_only_its_own_pupils()
    {
        var vo = await BeheerderVanAsync("VO2301", "beheer@vo.nl");
        await Verwacht(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/schoolbesturen", new { nummer = "41234", naam = "Stichting VO" }, vo);

        var school = await Verwacht(HttpStatusCode.Created, HttpMethod.Post, Scholen,
            new { vestiging = EigenVestiging, naam = "De Regenboog VSO", soort = "VSO", schoolbestuur = "41234" }, vo);

        (school.GetProperty("vestiging").GetString(), school.GetProperty("naam").GetString()).ShouldBe((EigenVestiging, "De Regenboog VSO"));
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Scholen}/{EigenVestiging}", token: vo)).GetProperty("soort").GetString().ShouldBe("VSO");
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Scholen}/{EigenVestiging}")).GetProperty("naam").GetString().ShouldBe("De Regenboog");
        Namen(await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Scholen, token: vo)).ShouldBe([(EigenVestiging, "De Regenboog VSO")]);
        Namen(await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Scholen)).ShouldBe([(EigenVestiging, "De Regenboog"), (AndereVestiging, "De Brug")], ignoreOrder: true);

        // Each samenwerkingsverband registers and sees only its own pupils of the vestiging.
        await Aanmelding.RegistreerInAsync("VO2301", "ib@regenboog-vso.nl", Rol.SchoolMedewerker, EigenVestiging);
        await Aanmelding.RegistreerInAsync("VO2301", "medewerker@vo.nl", Rol.SwvMedewerker);
        var ibVo = await Aanmelding.AccessTokenAsync("ib@regenboog-vso.nl");
        var medewerkerVo = await Aanmelding.AccessTokenAsync("medewerker@vo.nl");
        var lotte = await RegistreerLeerlingAsync("Lotte", EigenVestiging, ibVo);

        foreach (var (token, eigen) in new[] { (ibVo, lotte), (medewerkerVo, lotte), (IbEigen, LeerlingId), (Medewerker, LeerlingId) })
        {
            Leerlingen(await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/leerlingen?vestiging={EigenVestiging}", token: token)).ShouldBe([eigen]);
        }

        using var vanVo = await Stuur(HttpMethod.Get, $"/api/v1/leerlingen/{lotte}", token: Medewerker);
        vanVo.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var vanPo = await Stuur(HttpMethod.Get, $"/api/v1/leerlingen/{LeerlingId}", token: medewerkerVo);
        vanPo.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/leerlingen/{lotte}", token: ibVo)).GetProperty("vestiging").GetString().ShouldBe(EigenVestiging);
    }

    [Test]
    public async Task A_vestiging_that_is_a_school_in_another_samenwerkingsverband_of_the_same_sector_is_a_409_naming_the_sector()
    {
        var ander = await BeheerderVanAsync("PO2706", "beheer@ander-po.nl");
        await Verwacht(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/schoolbesturen", new { nummer = "41999", naam = "Stichting Elders" }, ander);

        using var response = await Stuur(HttpMethod.Post, Scholen, new { vestiging = EigenVestiging, naam = "Elders", soort = "BAO", schoolbestuur = "41999" }, ander);

        var probleem = await ProbleemAsync(response, 409);
        probleem.GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:school-bestaat");
        var uitleg = probleem.GetProperty("detail").GetString();
        uitleg.ShouldBe("Vestiging 12AB00 is al een school in een ander samenwerkingsverband voor primair onderwijs; een vestiging hoort bij één samenwerkingsverband per sector.");
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Scholen, token: ander)).GetProperty("scholen").GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task A_vestiging_registered_twice_in_the_same_samenwerkingsverband_is_a_409()
    {
        using var response = await Stuur(HttpMethod.Post, Scholen, new { vestiging = EigenVestiging, naam = "Nog eens", soort = "BAO", schoolbestuur = "41234" });

        var probleem = await ProbleemAsync(response, 409);
        probleem.GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:school-bestaat");
        probleem.GetProperty("detail").GetString().ShouldBe("Vestiging 12AB00 is al geregistreerd.");
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Scholen}/{EigenVestiging}")).GetProperty("naam").GetString().ShouldBe("De Regenboog");
    }

    private static async Task<string> BeheerderVanAsync(string swv, string email)
    {
        await Platform.Tenants.RegistreerAsync(swv, "SWV " + swv);
        await Aanmelding.RegistreerInAsync(swv, email, Rol.SwvBeheerder);
        return await Aanmelding.AccessTokenAsync(email);
    }

    private static List<(string?, string?)> Namen(JsonElement lijst) =>
        [.. lijst.GetProperty("scholen").EnumerateArray().Select(s => (s.GetProperty("vestiging").GetString(), s.GetProperty("naam").GetString()))];

    private static List<Guid> Leerlingen(JsonElement lijst) =>
        [.. lijst.GetProperty("leerlingen").EnumerateArray().Select(l => l.GetProperty("id").GetGuid())];
}
