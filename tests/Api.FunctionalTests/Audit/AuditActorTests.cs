using System.Net;
using System.Text.Json;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests.Audit;

/// <summary>
/// Whom an auditor can filter the samenwerkingsverband's log on: its accounts and koppelingen, and everyone the log
/// names, also a koppeling that was revoked since (its records stay, so it must stay findable).
/// </summary>
public class AuditActorTests : BeheerderTest
{
    [Test]
    public async Task The_choice_holds_the_accounts_the_koppelingen_and_a_revoked_koppeling_that_acted()
    {
        var medewerker = await Aanmelding.RegistreerAsync("mo@swv.nl", Rol.SwvMedewerker);
        var (ingetrokken, geheim) = await RegistreerKoppelingAsync("Magister");
        using (var token = await TestClients.VraagTokenAanAsync(Client, ingetrokken, geheim, "leerlingen.lezen"))
        {
            var accessToken = JsonDocument.Parse(await token.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString();
            using var gelezen = await Stuur(HttpMethod.Get, "/api/v1/leerlingen", token: accessToken);
            gelezen.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using (var intrekking = await Stuur(HttpMethod.Delete, $"/api/v1/koppelingen/{ingetrokken}"))
        {
            intrekking.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        var (nieuw, _) = await RegistreerKoppelingAsync("ParnasSys");

        var actoren = await ActorenAsync();

        actoren.ShouldContain(("client", ingetrokken, "Magister", true, true));
        actoren.ShouldContain(("client", nieuw, "ParnasSys", false, false));
        actoren.ShouldContain(("gebruiker", BeheerderId.ToString(), "Test SwvBeheerder (beheer@swv.nl)", false, true));
        actoren.ShouldContain(a => a.Actor == medewerker.ToString() && !a.InHetLog);
        actoren.Select(a => a.Naam).ShouldBeInOrder(SortDirection.Ascending, StringComparer.CurrentCultureIgnoreCase);

        // And the revoked koppeling's records are found with its actor.
        using var regels = await Stuur(HttpMethod.Get, $"/api/v1/auditregels?actor={ingetrokken}");
        (await JsonAsync(regels)).GetProperty("auditRegels").EnumerateArray().ShouldNotBeEmpty();
    }

    [Test]
    public async Task Another_samenwerkingsverband_sees_none_of_them_and_a_medewerker_none_at_all()
    {
        await RegistreerKoppelingAsync("ParnasSys");
        await Aanmelding.RegistreerInAsync("VO2301", "beheer@vo.nl", Rol.SwvBeheerder);
        await Aanmelding.RegistreerAsync("mo@swv.nl", Rol.SwvMedewerker);

        var ander = await ActorenAsync(await Aanmelding.AccessTokenAsync("beheer@vo.nl"));
        using var medewerker = await Stuur(HttpMethod.Get, "/api/v1/auditregels/actoren", token: await Aanmelding.AccessTokenAsync("mo@swv.nl"));

        ander.ShouldNotContain(a => a.Naam == "ParnasSys" || a.Actor == BeheerderId.ToString());
        ander.ShouldContain(a => a.Naam == "Test SwvBeheerder (beheer@vo.nl)");
        medewerker.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task<(string ClientId, string Geheim)> RegistreerKoppelingAsync(string naam)
    {
        using var response = await Stuur(HttpMethod.Post, "/api/v1/koppelingen", new { naam, scopes = new[] { "leerlingen.lezen" }, vestigingen = new[] { "12AB00" } });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var nieuw = await JsonAsync(response);
        return (nieuw.GetProperty("koppeling").GetProperty("clientId").GetString()!, nieuw.GetProperty("clientSecret").GetString()!);
    }

    private async Task<List<(string Soort, string Actor, string Naam, bool Ingetrokken, bool InHetLog)>> ActorenAsync(string? token = null)
    {
        using var response = await Stuur(HttpMethod.Get, "/api/v1/auditregels/actoren", token: token);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return [.. (await JsonAsync(response)).GetProperty("actoren").EnumerateArray().Select(a => (
            a.GetProperty("actorSoort").GetString()!,
            a.GetProperty("actor").GetString()!,
            a.GetProperty("naam").GetString()!,
            a.GetProperty("ingetrokken").GetBoolean(),
            a.GetProperty("inHetLog").GetBoolean()))];
    }
}
