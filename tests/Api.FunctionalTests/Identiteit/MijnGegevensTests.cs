using System.Net;
using System.Text.Json;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests.Identiteit;

/// <summary>
/// "Mijn gegevens": GET /ik names the samenwerkingsverband and the schools instead of only giving codes, and tells an
/// expert for how many pupils they are betrokkene.
/// </summary>
public class MijnGegevensTests : ArrangementTest
{
    [Test]
    public async Task A_school_medewerker_sees_their_email_the_samenwerkingsverband_by_name_and_their_school_by_name()
    {
        var ik = await IkAsync(IbEigen);

        ik.GetProperty("email").GetString().ShouldBe("ib@regenboog.nl");
        ik.GetProperty("samenwerkingsverband").GetString().ShouldBe("PO2705");
        ik.GetProperty("samenwerkingsverbandNaam").GetString().ShouldBe("SWV Test");
        var school = ik.GetProperty("scholen").EnumerateArray().ShouldHaveSingleItem();
        school.GetProperty("vestiging").GetString().ShouldBe(EigenVestiging);
        school.GetProperty("naam").GetString().ShouldBe("De Regenboog");
        ik.TryGetProperty("leerlingenBetrokken", out _).ShouldBeFalse("only an expert is betrokkene");
    }

    [Test]
    public async Task A_vestiging_the_samenwerkingsverband_has_not_registered_is_shown_by_its_code_without_a_name()
    {
        await Aanmelding.RegistreerAsync("ib@nieuw.nl", Rol.SchoolMedewerker, EigenVestiging, "99ZZ00");

        var scholen = (await IkAsync(await Aanmelding.AccessTokenAsync("ib@nieuw.nl"))).GetProperty("scholen").EnumerateArray().ToList();

        scholen.Select(s => s.GetProperty("vestiging").GetString()).ShouldBe([EigenVestiging, "99ZZ00"]);
        scholen[0].GetProperty("naam").GetString().ShouldBe("De Regenboog");
        scholen[1].TryGetProperty("naam", out _).ShouldBeFalse();
    }

    [Test]
    public async Task An_expert_sees_for_how_many_pupils_they_are_betrokken_today()
    {
        (await IkAsync(Expert)).GetProperty("leerlingenBetrokken").GetInt32().ShouldBe(0);

        await MaakExpertBetrokkenAsync();
        await MaakExpertBetrokkenAsync(await RegistreerLeerlingAsync("Daan", AndereVestiging, IbAnder));

        var ik = await IkAsync(Expert);
        ik.GetProperty("leerlingenBetrokken").GetInt32().ShouldBe(2);
        ik.GetProperty("scholen").GetArrayLength().ShouldBe(0);
        ik.GetProperty("samenwerkingsverbandNaam").GetString().ShouldBe("SWV Test");
    }

    [Test]
    public async Task The_platform_beheerder_belongs_to_no_samenwerkingsverband()
    {
        await Aanmelding.RegistreerAsync("platform@platform.nl", Rol.PlatformBeheerder);

        var ik = await IkAsync(await Aanmelding.AccessTokenAsync("platform@platform.nl"));

        ik.GetProperty("email").GetString().ShouldBe("platform@platform.nl");
        ik.TryGetProperty("samenwerkingsverband", out _).ShouldBeFalse();
        ik.TryGetProperty("samenwerkingsverbandNaam", out _).ShouldBeFalse();
        ik.GetProperty("rollen").EnumerateArray().Select(r => r.GetString()).ShouldBe(["platform-beheerder"]);
    }

    private async Task<JsonElement> IkAsync(string token) => await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/ik", token: token);
}
