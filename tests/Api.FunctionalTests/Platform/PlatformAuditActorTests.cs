using System.Net;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests.Platform;

/// <summary>Whom the platform-beheerder can filter the platform's audit log on: the platform's accounts and whoever that log names.</summary>
public class PlatformAuditActorTests : PlatformTest
{
    [Test]
    public async Task The_choice_holds_the_platform_accounts_and_who_acted_and_no_account_of_a_samenwerkingsverband()
    {
        var platform = await PlatformAsync();
        var platformId = (await JsonAsync(await StuurAsync(HttpMethod.Get, "/api/v1/ik", platform))).GetProperty("id").GetString();
        using var nieuw = await StuurAsync(HttpMethod.Post, "/api/v1/platform-gebruikers", platform, new { email = "rik@register.nl", naam = "Rik Register", rol = "register-beheerder" });
        var rik = (await JsonAsync(nieuw)).GetProperty("gebruiker").GetProperty("id").GetString();
        var swvBeheerder = await Aanmelding.RegistreerAsync("bea@swv.nl", Rol.SwvBeheerder);

        using var response = await StuurAsync(HttpMethod.Get, "/api/v1/platform-auditregels/actoren", platform);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var actoren = (await JsonAsync(response)).GetProperty("actoren").EnumerateArray()
            .Select(a => (a.GetProperty("actor").GetString(), a.GetProperty("naam").GetString(), a.GetProperty("inHetLog").GetBoolean()))
            .ToList();
        actoren.ShouldContain((platformId, "Test PlatformBeheerder (platform@platform.nl)", true));
        actoren.ShouldContain((rik, "Rik Register (rik@register.nl)", false));
        actoren.ShouldNotContain(a => a.Item1 == swvBeheerder.ToString());
        var swv = await Aanmelding.AccessTokenAsync("bea@swv.nl");
        (await StuurAsync(HttpMethod.Get, "/api/v1/platform-auditregels/actoren", swv)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
