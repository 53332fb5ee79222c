using System.Net;
using System.Text.Json;
using PassendOnderwijs.Api.FunctionalTests.Begeleidingsaanbod;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests.Platform;

/// <summary>
/// The platform's own accounts: a platform-beheerder makes a register-beheerder (no samenwerkingsverband) who activates
/// and keeps the national register, and another platform-beheerder; lost codes are replaced, accounts closed; all of
/// it, and what the register-beheerder did, is in the platform's audit log and in no samenwerkingsverband's.
/// </summary>
public class PlatformgebruikerTests : PlatformTest
{
    private const string Pad = "/api/v1/platform-gebruikers";

    [Test]
    public async Task A_register_beheerder_is_made_by_the_platform_activates_and_keeps_the_national_register()
    {
        var platform = await PlatformAsync();

        using var nieuw = await StuurAsync(HttpMethod.Post, Pad, platform, new { email = "rik@register.nl", naam = "Rik Register", rol = "register-beheerder" });
        nieuw.StatusCode.ShouldBe(HttpStatusCode.Created);
        var rik = await JsonAsync(nieuw);
        var id = rik.GetProperty("gebruiker").GetProperty("id").GetString();
        rik.GetProperty("gebruiker").GetProperty("status").GetString().ShouldBe("wacht-op-activering");
        (await ActiveerAsync(rik.GetProperty("activatiecode").GetString()!)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var register = await Aanmelding.AccessTokenAsync("rik@register.nl");
        var ik = await JsonAsync(await StuurAsync(HttpMethod.Get, "/api/v1/ik", register));
        (!ik.TryGetProperty("samenwerkingsverband", out var swv) || swv.ValueKind == JsonValueKind.Null).ShouldBeTrue("a register-beheerder belongs to no samenwerkingsverband");
        using var aanbieder = await StuurAsync(HttpMethod.Post, "/api/v1/onderwijsbegeleidingsaanbieders", register, AanbiederVoorbeeld.Registratie("654B321"));
        aanbieder.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await JsonAsync(aanbieder)).TryGetProperty("eigenaar", out _).ShouldBeFalse("a register-beheerder's entry is national");

        var lijst = await JsonAsync(await StuurAsync(HttpMethod.Get, Pad, platform));
        lijst.GetProperty("gebruikers").EnumerateArray().Select(g => (g.GetProperty("email").GetString(), g.GetProperty("rol").GetString(), g.GetProperty("status").GetString()))
            .ShouldBe([("platform@platform.nl", "platform-beheerder", "actief"), ("rik@register.nl", "register-beheerder", "actief")], ignoreOrder: true);

        // The platform's log has the account, its activation by Rik and Rik's change to the register; no SWV's log has any of it.
        var log = await JsonAsync(await StuurAsync(HttpMethod.Get, "/api/v1/platform-auditregels?pageSize=100", platform));
        var regels = log.GetProperty("auditRegels").EnumerateArray()
            .Select(r => $"{r.GetProperty("actie").GetString()} {r.GetProperty("resourceSoort").GetString()} door {r.GetProperty("actor").GetString()}")
            .ToList();
        var platformId = (await JsonAsync(await StuurAsync(HttpMethod.Get, "/api/v1/ik", platform))).GetProperty("id").GetString();
        regels.ShouldContain($"aanmaken gebruiker door {platformId}");
        regels.ShouldContain($"wijzigen gebruiker door {id}");
        regels.ShouldContain(r => r.StartsWith("aanmaken", StringComparison.Ordinal) && r.EndsWith($"door {id}", StringComparison.Ordinal));
        (await StuurAsync(HttpMethod.Get, "/api/v1/platform-auditregels", register)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_lost_code_is_replaced_an_account_is_closed_at_once_and_never_ones_own()
    {
        var platform = await PlatformAsync();
        using var nieuw = await StuurAsync(HttpMethod.Post, Pad, platform, new { email = "tweede@platform.nl", naam = "Tweede Platform", rol = "platform-beheerder" });
        var tweede = await JsonAsync(nieuw);
        var id = tweede.GetProperty("gebruiker").GetProperty("id").GetString();

        using var vernieuwd = await StuurAsync(HttpMethod.Post, $"{Pad}/{id}/activatiecode", platform);
        vernieuwd.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ActiveerAsync(tweede.GetProperty("activatiecode").GetString()!)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ActiveerAsync((await JsonAsync(vernieuwd)).GetProperty("activatiecode").GetString()!)).StatusCode.ShouldBe(HttpStatusCode.OK);
        // A forgotten password gets a new code too; the current password works until it is used.
        (await StuurAsync(HttpMethod.Post, $"{Pad}/{id}/activatiecode", platform)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var token = await Aanmelding.AccessTokenAsync("tweede@platform.nl");
        var zelf = (await JsonAsync(await StuurAsync(HttpMethod.Get, "/api/v1/ik", token))).GetProperty("id").GetString();
        var eigen = await ProbleemAsync(await StuurAsync(HttpMethod.Post, $"{Pad}/{zelf}/deactivering", token), 409);
        eigen.GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:eigen-account");

        using var gesloten = await StuurAsync(HttpMethod.Post, $"{Pad}/{id}/deactivering", platform);
        gesloten.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await JsonAsync(gesloten)).GetProperty("status").GetString().ShouldBe("gedeactiveerd");
        (await StuurAsync(HttpMethod.Get, Pad, token)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Only_the_platform_roles_and_only_accounts_of_the_platform()
    {
        var platform = await PlatformAsync();
        var fout = await ProbleemAsync(await StuurAsync(HttpMethod.Post, Pad, platform, new { email = "geen-adres", naam = " ", rol = "swv-beheerder" }), 400);
        fout.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ShouldBe(["geen-platformrol"]);
        await ProbleemAsync(await StuurAsync(HttpMethod.Post, Pad, platform, new { email = "platform@platform.nl", naam = "Dubbel", rol = "platform-beheerder" }), 409);

        // An account of a samenwerkingsverband is not the platform's to renew or close.
        var beheerder = await Aanmelding.RegistreerAsync("bea@swv.nl", Rol.SwvBeheerder);
        await ProbleemAsync(await StuurAsync(HttpMethod.Post, $"{Pad}/{beheerder}/deactivering", platform), 404);
        await ProbleemAsync(await StuurAsync(HttpMethod.Post, $"{Pad}/{beheerder}/activatiecode", platform), 404);

        // And an SWV's beheerder cannot give a platform role.
        var swv = await Aanmelding.AccessTokenAsync("bea@swv.nl");
        await ProbleemAsync(await StuurAsync(HttpMethod.Post, "/api/v1/gebruikers", swv, new { email = "r@swv.nl", naam = "R", rol = "register-beheerder" }), 403);
    }
}
