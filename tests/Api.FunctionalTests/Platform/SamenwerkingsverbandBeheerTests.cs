using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using PassendOnderwijs.Api.Beheer;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Application.Platform;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests.Platform;

/// <summary>
/// A real installation from nothing: the first platform-beheerder made by the management command, activated at
/// /activeren; a samenwerkingsverband registered, its first beheerder made and activated; the tenant suspended
/// (its tokens stop, nobody of it signs in, activates or gets a token) and reactivated.
/// </summary>
public partial class SamenwerkingsverbandBeheerTests : PlatformTest
{
    private const string Pad = "/api/v1/samenwerkingsverbanden";

    [Test]
    public async Task The_first_platform_beheerder_is_made_by_the_command_activates_at_activeren_and_gets_a_token()
    {
        var (code, uitvoer, fouten) = await BeheerAsync("maak-platformbeheerder", "--email", "pat@platform.nl", "--naam", "Pat Platform");
        code.ShouldBe(BeheerOpdracht.Gelukt, fouten);
        uitvoer.ShouldContain("http://localhost/activeren");
        var activatiecode = Activatiecode().Match(uitvoer).Groups[1].Value;
        activatiecode.ShouldNotBeNullOrEmpty();

        using (var activering = await ActiveerAsync(activatiecode))
        {
            activering.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var token = await Aanmelding.AccessTokenAsync("pat@platform.nl");
        var ik = await JsonAsync(await StuurAsync(HttpMethod.Get, "/api/v1/ik", token));
        ik.GetProperty("rollen").EnumerateArray().Select(r => r.GetString()).ShouldBe(["platform-beheerder"]);
        (!ik.TryGetProperty("samenwerkingsverband", out var swv) || swv.ValueKind == JsonValueKind.Null).ShouldBeTrue("a platform-beheerder belongs to no samenwerkingsverband");
        using var lijst = await StuurAsync(HttpMethod.Get, Pad, token);
        lijst.StatusCode.ShouldBe(HttpStatusCode.OK);

        // Only the first: a second run refuses and says why.
        var (nogmaals, _, waarom) = await BeheerAsync("maak-platformbeheerder", "--email", "ander@platform.nl", "--naam", "Ander");
        nogmaals.ShouldBe(BeheerOpdracht.Geweigerd);
        waarom.ShouldContain("Er is al een beheerder van het platform");
    }

    [Test]
    public async Task The_command_refuses_invalid_input_and_unknown_arguments()
    {
        var (ongeldig, _, waarom) = await BeheerAsync("maak-platformbeheerder", "--email", "geen-adres", "--naam", " ");
        ongeldig.ShouldBe(BeheerOpdracht.Geweigerd);
        waarom.ShouldContain("e-mailadres", Case.Insensitive);
        waarom.ShouldContain("naam");

        (await BeheerAsync("maak-platformbeheerder", "--wachtwoord", "geheim")).Code.ShouldBe(BeheerOpdracht.Gebruik);
        (await BeheerAsync("iets-anders")).Code.ShouldBe(BeheerOpdracht.Gebruik);
    }

    [Test]
    public async Task A_samenwerkingsverband_is_registered_with_a_code_name_and_the_sector_of_its_code()
    {
        var platform = await PlatformAsync();

        using var nieuw = await StuurAsync(HttpMethod.Post, Pad, platform, new { code = "VO2301", naam = "Passend VO", sector = "VO" });
        nieuw.StatusCode.ShouldBe(HttpStatusCode.Created);
        nieuw.Headers.Location!.OriginalString.ShouldBe("/api/v1/samenwerkingsverbanden/VO2301");
        var tenant = await JsonAsync(nieuw);
        tenant.GetProperty("status").GetString().ShouldBe("actief");
        tenant.GetProperty("sector").GetString().ShouldBe("VO");

        await ProbleemAsync(await StuurAsync(HttpMethod.Post, Pad, platform, new { code = "VO2301", naam = "Nog eens", sector = "VO" }), 409);
        var fout = await ProbleemAsync(await StuurAsync(HttpMethod.Post, Pad, platform, new { code = "XX12", naam = " ", sector = "MBO" }), 400);
        fout.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString())
            .ShouldBe(["ongeldige-swv-code", "naam-vereist", "onbekende-sector"], ignoreOrder: true);
        var sector = await ProbleemAsync(await StuurAsync(HttpMethod.Post, Pad, platform, new { code = "PO2705", naam = "Passend PO", sector = "VO" }), 400);
        sector.GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("sector-past-niet");
    }

    [Test]
    public async Task An_swv_beheerder_cannot_give_the_platform_role_nor_set_up_an_unregistered_samenwerkingsverband()
    {
        await Aanmelding.RegistreerAsync("beheer@swv.nl", Rol.SwvBeheerder);
        var beheerder = await Aanmelding.AccessTokenAsync("beheer@swv.nl");

        var probleem = await ProbleemAsync(
            await StuurAsync(HttpMethod.Post, "/api/v1/gebruikers", beheerder, new { email = "p@swv.nl", naam = "P", rol = "platform-beheerder" }), 403);
        probleem.GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:rol-niet-toekenbaar");

        // Creating a tenant is the platform's: its beheerder sets up only one that was registered.
        var onbekend = await ProbleemAsync(
            await StuurAsync(HttpMethod.Put, "/api/v1/samenwerkingsverband", beheerder, new { naam = "Eigen SWV", regios = Array.Empty<object>() }), 404);
        onbekend.GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:samenwerkingsverband-niet-geregistreerd");
    }

    [Test]
    public async Task Onboarding_then_suspending_stops_every_token_and_sign_in_and_reactivating_lets_them_in_again()
    {
        var platform = await PlatformAsync();
        (await StuurAsync(HttpMethod.Post, Pad, platform, new { code = "PO2801", naam = "Passend PO Oost", sector = "PO" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        // The first beheerder: the activation code is in this answer only. Lost, it is replaced and the first stops working.
        using var eerste = await StuurAsync(HttpMethod.Post, $"{Pad}/PO2801/beheerders", platform, new { email = "bea@oost.nl", naam = "Bea Beheer" });
        eerste.StatusCode.ShouldBe(HttpStatusCode.Created);
        var bea = await JsonAsync(eerste);
        var beheerders = await JsonAsync(await StuurAsync(HttpMethod.Get, $"{Pad}/PO2801/beheerders", platform));
        var eersteBeheerder = beheerders.GetProperty("gebruikers").EnumerateArray().ShouldHaveSingleItem();
        (eersteBeheerder.GetProperty("naam").GetString(), eersteBeheerder.GetProperty("status").GetString()).ShouldBe(("Bea Beheer", "wacht-op-activering"));
        var opnieuw = $"{Pad}/PO2801/beheerders/{bea.GetProperty("gebruiker").GetProperty("id").GetString()}/activatiecode";
        using var vernieuwd = await StuurAsync(HttpMethod.Post, opnieuw, platform);
        vernieuwd.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ActiveerAsync(bea.GetProperty("activatiecode").GetString()!)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ActiveerAsync((await JsonAsync(vernieuwd)).GetProperty("activatiecode").GetString()!)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var beheerder = await Aanmelding.AccessTokenAsync("bea@oost.nl");
        await ProbleemAsync(await StuurAsync(HttpMethod.Post, $"{Pad}/PO2801/beheerders", platform, new { email = "bob@oost.nl", naam = "Bob" }), 409);
        // A beheerder who forgot their password gets a new code from the platform too; the current password works until it is used.
        (await StuurAsync(HttpMethod.Post, opnieuw, platform)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await ProbleemAsync(await StuurAsync(HttpMethod.Post, $"{Pad}/PO2801/beheerders/{Guid.NewGuid()}/activatiecode", platform), 404);

        // The beheerder runs their own samenwerkingsverband: a koppeling, and an account still waiting for activation.
        using var koppeling = await StuurAsync(HttpMethod.Post, "/api/v1/koppelingen", beheerder, new { naam = "LAS Oost", scopes = new[] { "aanbieders.lezen" } });
        var las = await JsonAsync(koppeling);
        var clientId = las.GetProperty("koppeling").GetProperty("clientId").GetString()!;
        var geheim = las.GetProperty("clientSecret").GetString()!;
        var lasToken = await KoppelingTokenAsync(clientId, geheim);
        using var wachtend = await StuurAsync(HttpMethod.Post, "/api/v1/gebruikers", beheerder, new { email = "mo@oost.nl", naam = "Mo", rol = "swv-medewerker" });
        var wachtendeCode = (await JsonAsync(wachtend)).GetProperty("activatiecode").GetString()!;

        using var overzicht = await StuurAsync(HttpMethod.Get, Pad, platform);
        var oost = (await JsonAsync(overzicht)).GetProperty("samenwerkingsverbanden").EnumerateArray().Single(s => s.GetProperty("code").GetString() == "PO2801");
        oost.GetProperty("accountsActief").GetInt32().ShouldBe(1);
        oost.GetProperty("accountsWachtOpActivering").GetInt32().ShouldBe(1);
        oost.GetProperty("koppelingen").GetInt32().ShouldBe(1);
        oost.GetProperty("laatsteActiviteit").ValueKind.ShouldBe(JsonValueKind.String);

        // Suspend, on the version just read.
        using var detail = await StuurAsync(HttpMethod.Get, $"{Pad}/PO2801", platform);
        var etag = detail.Headers.ETag!.Tag;
        await ProbleemAsync(await StuurAsync(HttpMethod.Post, $"{Pad}/PO2801/opschorting", platform), 428);
        using var opgeschort = await StuurAsync(HttpMethod.Post, $"{Pad}/PO2801/opschorting", platform, ifMatch: etag);
        opgeschort.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await JsonAsync(opgeschort)).GetProperty("status").GetString().ShouldBe("opgeschort");

        // At once: the tokens of its people and koppelingen stop.
        (await StuurAsync(HttpMethod.Get, "/api/v1/ik", beheerder)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await StuurAsync(HttpMethod.Get, "/api/v1/ik", lasToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // And no new ones: sign-in, the token endpoint and activation refuse, saying why.
        using (var browser = TestOmgeving.Fabriek.CreateClient(new() { AllowAutoRedirect = false }))
        {
            var (_, challenge) = Aanmelding.Pkce();
            using var autorisatie = await browser.GetAsync(Aanmelding.AutorisatieUrl(challenge));
            using var inloggen = await Aanmelding.VulInlogformulierInAsync(browser, autorisatie.Headers.Location!.PathAndQuery, "bea@oost.nl", Aanmelding.Wachtwoord);
            inloggen.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            WebUtility.HtmlDecode(await inloggen.Content.ReadAsStringAsync()).ShouldContain(TenantOpslag.OpgeschortMelding);
        }

        using (var clientToken = await TestClients.VraagTokenAanAsync(Client, clientId, geheim, "aanbieders.lezen"))
        {
            // invalid_client (RFC 6749 §5.2), with the reason in error_description.
            clientToken.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            var fout = await clientToken.Content.ReadFromJsonAsync<JsonElement>();
            fout.GetProperty("error").GetString().ShouldBe("invalid_client");
            fout.GetProperty("error_description").GetString().ShouldBe(TenantOpslag.OpgeschortMelding);
        }

        using (var activering = await ActiveerAsync(wachtendeCode))
        {
            activering.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            WebUtility.HtmlDecode(await activering.Content.ReadAsStringAsync()).ShouldContain(TenantOpslag.OpgeschortMelding);
        }

        // Reactivated: they sign in and get tokens again; the revoked ones stay revoked.
        await ProbleemAsync(await StuurAsync(HttpMethod.Post, $"{Pad}/PO2801/heractivering", platform, ifMatch: etag), 412);
        using var heractiveerd = await StuurAsync(HttpMethod.Post, $"{Pad}/PO2801/heractivering", platform, ifMatch: opgeschort.Headers.ETag!.Tag);
        heractiveerd.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await JsonAsync(heractiveerd)).GetProperty("status").GetString().ShouldBe("actief");

        var weer = await Aanmelding.AccessTokenAsync("bea@oost.nl");
        (await StuurAsync(HttpMethod.Get, "/api/v1/ik", weer)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StuurAsync(HttpMethod.Get, "/api/v1/ik", await KoppelingTokenAsync(clientId, geheim))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StuurAsync(HttpMethod.Get, "/api/v1/ik", beheerder)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // What the platform did is in the tenant's own audit log, where its beheerder reads it.
        using var audit = await StuurAsync(HttpMethod.Get, "/api/v1/auditregels", weer);
        var regels = (await JsonAsync(audit)).GetProperty("auditRegels").EnumerateArray()
            .Where(r => r.GetProperty("resourceSoort").GetString() == "samenwerkingsverband").ToList();
        regels.Count.ShouldBe(3); // registered, suspended, reactivated
    }

    [Test]
    public async Task An_authorization_code_issued_before_a_suspension_gets_no_token_after_it()
    {
        var platform = await PlatformAsync();
        var versie = await Tenants.RegistreerAsync("PO2901", "Passend PO Noord");
        await Aanmelding.RegistreerInAsync("PO2901", "mo@noord.nl", Rol.SwvMedewerker);

        // Signed in and sent back with a code, but not yet exchanged.
        using var browser = TestOmgeving.Fabriek.CreateClient(new() { AllowAutoRedirect = false });
        var (verifier, challenge) = Aanmelding.Pkce();
        using var autorisatie = await browser.GetAsync(Aanmelding.AutorisatieUrl(challenge));
        using var inloggen = await Aanmelding.VulInlogformulierInAsync(browser, autorisatie.Headers.Location!.PathAndQuery, "mo@noord.nl", Aanmelding.Wachtwoord);
        using var terug = await browser.GetAsync(inloggen.Headers.Location!.OriginalString);
        var code = Regex.Match(terug.Headers.Location!.Query, "code=([^&]+)").Groups[1].Value;
        code.ShouldNotBeNullOrEmpty();

        (await StuurAsync(HttpMethod.Post, $"{Pad}/PO2901/opschorting", platform, ifMatch: $"\"{versie}\"")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var token = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "passendonderwijs-spa",
            ["code"] = Uri.UnescapeDataString(code),
            ["code_verifier"] = verifier,
            ["redirect_uri"] = Aanmelding.TerugUri,
        }));
        token.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().ShouldBe("invalid_grant");
    }

    [Test]
    public async Task A_platform_beheerder_sees_no_samenwerkingsverband_data_and_no_pupils()
    {
        await Tenants.RegistreerAsync();
        var platform = await PlatformAsync();

        (await StuurAsync(HttpMethod.Get, "/api/v1/samenwerkingsverband", platform)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await StuurAsync(HttpMethod.Get, "/api/v1/leerlingen", platform)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await StuurAsync(HttpMethod.Get, "/api/v1/gebruikers", platform)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await StuurAsync(HttpMethod.Get, "/api/v1/auditregels", platform)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<(int Code, string Uitvoer, string Fouten)> BeheerAsync(params string[] args)
    {
        using var uit = new StringWriter();
        using var fout = new StringWriter();
        var code = await BeheerOpdracht.VoerUitAsync(TestOmgeving.Fabriek.Services, args, "http://localhost/", uit, fout, CancellationToken.None);
        return (code, uit.ToString(), fout.ToString());
    }

    private async Task<string> KoppelingTokenAsync(string clientId, string geheim)
    {
        using var antwoord = await TestClients.VraagTokenAanAsync(Client, clientId, geheim, "aanbieders.lezen");
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, await antwoord.Content.ReadAsStringAsync());
        return (await antwoord.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    [GeneratedRegex(@"^\s+(\S{20,})\s*$", RegexOptions.Multiline)]
    private static partial Regex Activatiecode();
}
