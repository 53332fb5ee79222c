using System.Net;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;

namespace PassendOnderwijs.Api.FunctionalTests.Arrangementen;

/// <summary>School staff and LAS systems see the pupils of their own vestigingen only; the rest does not exist for them.</summary>
public class ArrangementScopingTests : ArrangementTest
{
    [Test]
    public async Task Another_schools_pupil_and_arrangement_are_invisible_to_school_staff()
    {
        var (id, etag) = await VraagAanAsync();

        (await ProbleemAsync(await Stuur(HttpMethod.Get, $"{Pad}/{id}", token: IbAnder), 404)).GetProperty("type").GetString()
            .ShouldBe("urn:passendonderwijs:probleem:arrangement-onbekend");
        await ProbleemAsync(await Stuur(HttpMethod.Get, $"/api/v1/leerlingen/{LeerlingId}", token: IbAnder), 404);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Pad, token: IbAnder)).GetProperty("arrangementen").GetArrayLength().ShouldBe(0);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/leerlingen", token: IbAnder)).GetProperty("leerlingen").GetArrayLength().ShouldBe(0);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Pad}/werkvoorraad", token: IbAnder)).GetProperty("items").GetArrayLength().ShouldBe(0);

        // Nor can they act on it or request one for that pupil.
        using var stap = await StapAsync(id, "start", etag, new { startdatum = "2026-11-24" }, IbAnder);
        await ProbleemAsync(stap, 404);
        using var aanvraag = await Stuur(HttpMethod.Post, Pad, ArrangementVoorbeeld.Aanvraag(LeerlingId), IbAnder);
        (await ProbleemAsync(aanvraag, 404)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:leerling-onbekend");

        // The own school and the SWV see it.
        await HaalOpAsync(id, IbEigen);
        await HaalOpAsync(id, Medewerker);
    }

    [Test]
    public async Task School_staff_register_pupils_only_at_their_own_vestigingen()
    {
        using var response = await Stuur(
            HttpMethod.Post, "/api/v1/leerlingen", new { voornaam = "Piet", achternaam = "Test", geboortedatum = "2017-05-01", vestiging = EigenVestiging, groep = "5" }, IbAnder);
        (await ProbleemAsync(response, 403)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:niet-eigen-vestiging");
    }

    [Test]
    public async Task A_LAS_reads_the_arrangementen_of_its_own_vestigingen_only()
    {
        var (id, _) = await VraagAanAsync();
        await TestClients.RegistreerVoorVestigingenAsync("las-regenboog", "PO2705", [EigenVestiging], "arrangementen.lezen");
        await TestClients.RegistreerVoorVestigingenAsync("las-brug", "PO2705", [AndereVestiging], "arrangementen.lezen");
        await TestClients.RegistreerAsync("las-zonder-vestiging", "PO2705", "arrangementen.lezen");

        var eigen = await TestClients.TokenAsync(Client, "las-regenboog", "arrangementen.lezen");
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Pad, token: eigen)).GetProperty("arrangementen")[0].GetProperty("id").GetGuid().ShouldBe(id);
        foreach (var ander in new[] { "las-brug", "las-zonder-vestiging" })
        {
            var token = await TestClients.TokenAsync(Client, ander, "arrangementen.lezen");
            (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Pad, token: token)).GetProperty("arrangementen").GetArrayLength().ShouldBe(0, ander);
            await ProbleemAsync(await Stuur(HttpMethod.Get, $"{Pad}/{id}", token: token), 404);
        }
    }

    [Test]
    public async Task Another_samenwerkingsverband_sees_nothing()
    {
        var (id, _) = await VraagAanAsync();
        await Aanmelding.RegistreerInAsync("VO2301", "medewerker@ander-swv.nl", Domain.Gebruikers.Rol.SwvMedewerker);
        var ander = await Aanmelding.AccessTokenAsync("medewerker@ander-swv.nl");

        await ProbleemAsync(await Stuur(HttpMethod.Get, $"{Pad}/{id}", token: ander), 404);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Pad, token: ander)).GetProperty("arrangementen").GetArrayLength().ShouldBe(0);
    }
}
