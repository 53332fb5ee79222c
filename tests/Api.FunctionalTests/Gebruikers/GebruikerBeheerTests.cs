using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests.Gebruikers;

/// <summary>An SWV administrator creates and deactivates accounts; people choose their own password.</summary>
public partial class GebruikerBeheerTests : BeheerderTest
{
    private const string NieuwWachtwoord = "Een-eigen-wachtwoord-2026";
    private static readonly string[] Vestiging = ["12AB00"];
    [Test]
    public async Task A_new_colleague_activates_with_the_code_chooses_a_password_and_signs_in()
    {
        using var response = await Stuur(HttpMethod.Post, "/api/v1/gebruikers",
            new { email = "Nieuw@School.nl", naam = "Nina Nieuw", rol = "school-medewerker", vestigingen = Vestiging });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var nieuw = await JsonAsync(response);
        nieuw.GetProperty("gebruiker").GetProperty("status").GetString().ShouldBe("wacht-op-activering");
        nieuw.GetProperty("gebruiker").GetProperty("email").GetString().ShouldBe("nieuw@school.nl");
        var code = nieuw.GetProperty("activatiecode").GetString()!;

        using var activering = await ActiveerAsync(code, NieuwWachtwoord);
        activering.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await activering.Content.ReadAsStringAsync()).ShouldContain("Uw wachtwoord is ingesteld");
        var id = nieuw.GetProperty("gebruiker").GetProperty("id").GetString();
        using var log = await Stuur(HttpMethod.Get, $"/api/v1/auditregels?actor={id}");
        var regel = (await JsonAsync(log)).GetProperty("auditRegels").EnumerateArray().ShouldHaveSingleItem();
        regel.GetProperty("actie").GetString().ShouldBe("wijzigen");
        regel.GetProperty("resourceSoort").GetString().ShouldBe("gebruiker");
        regel.GetProperty("resourceId").GetString().ShouldBe(id, "the activation is in the SWV's log, done by the person whose account it is");

        using var browser = TestOmgeving.Fabriek.CreateClient(new() { AllowAutoRedirect = false });
        var (_, challenge) = Aanmelding.Pkce();
        using var autorisatie = await browser.GetAsync(Aanmelding.AutorisatieUrl(challenge));
        using var inloggen = await Aanmelding.VulInlogformulierInAsync(browser, autorisatie.Headers.Location!.PathAndQuery, "nieuw@school.nl", NieuwWachtwoord);
        inloggen.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var nogmaals = await ActiveerAsync(code, "Nog-een-ander-wachtwoord");
        nogmaals.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task A_lost_activation_code_is_replaced_and_only_the_new_one_works_once()
    {
        using var response = await Stuur(HttpMethod.Post, "/api/v1/gebruikers",
            new { email = "kwijt@school.nl", naam = "Kees Kwijt", rol = "school-medewerker", vestigingen = Vestiging });
        var nieuw = await JsonAsync(response);
        var id = nieuw.GetProperty("gebruiker").GetProperty("id").GetString();
        var eerste = nieuw.GetProperty("activatiecode").GetString()!;

        using var vernieuwd = await Stuur(HttpMethod.Post, $"/api/v1/gebruikers/{id}/activatiecode");
        vernieuwd.StatusCode.ShouldBe(HttpStatusCode.OK);
        var tweede = (await JsonAsync(vernieuwd)).GetProperty("activatiecode").GetString()!;
        tweede.ShouldNotBe(eerste);

        (await ActiveerAsync(eerste, NieuwWachtwoord)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ActiveerAsync(tweede, NieuwWachtwoord)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ActiveerAsync(tweede, NieuwWachtwoord)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var ander = await Aanmelding.RegistreerInAsync("VO2301", "iemand@vo.nl", Rol.Expert);
        await ProbleemAsync(await Stuur(HttpMethod.Post, $"/api/v1/gebruikers/{ander}/activatiecode"), 404);
    }

    [Test]
    public async Task A_forgotten_password_is_replaced_with_a_new_activation_code_and_the_old_sessions_stop()
    {
        var id = await Aanmelding.RegistreerAsync("vergeten@swv.nl", Rol.SwvMedewerker);
        var oudToken = await Aanmelding.AccessTokenAsync("vergeten@swv.nl");

        using var vernieuwd = await Stuur(HttpMethod.Post, $"/api/v1/gebruikers/{id}/activatiecode");

        vernieuwd.StatusCode.ShouldBe(HttpStatusCode.OK, await vernieuwd.Content.ReadAsStringAsync());
        var antwoord = await JsonAsync(vernieuwd);
        antwoord.GetProperty("gebruiker").GetProperty("status").GetString().ShouldBe("actief", "the old password works until the code is used");
        (await Stuur(HttpMethod.Get, "/api/v1/ik", token: oudToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var activering = await ActiveerAsync(antwoord.GetProperty("activatiecode").GetString()!, NieuwWachtwoord);

        activering.StatusCode.ShouldBe(HttpStatusCode.OK);
        await ProbleemAsync(await Stuur(HttpMethod.Get, "/api/v1/ik", token: oudToken), 401);
        (await Aanmelding.VulInlogformulierInAsync(Client, "/inloggen", "vergeten@swv.nl", Aanmelding.Wachtwoord)).StatusCode
            .ShouldBe(HttpStatusCode.BadRequest, "the old password no longer works");
        (await Aanmelding.VulInlogformulierInAsync(Client, "/inloggen", "vergeten@swv.nl", NieuwWachtwoord)).StatusCode
            .ShouldBe(HttpStatusCode.Redirect, "the new password does");
    }

    [Test]
    public async Task A_deactivated_account_gets_no_new_activation_code()
    {
        var id = await Aanmelding.RegistreerAsync("weg@swv.nl", Rol.Expert);
        (await Stuur(HttpMethod.Post, $"/api/v1/gebruikers/{id}/deactivering")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var probleem = await ProbleemAsync(await Stuur(HttpMethod.Post, $"/api/v1/gebruikers/{id}/activatiecode"), 409);

        probleem.GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:account-gedeactiveerd");
    }

    [Test]
    public async Task Every_problem_with_a_new_account_is_listed_at_once()
    {
        using var response = await Stuur(HttpMethod.Post, "/api/v1/gebruikers",
            new { email = "geen-adres", naam = "", rol = "school-medewerker", vestigingen = Array.Empty<string>() });

        var probleem = await ProbleemAsync(response, 400);
        probleem.GetProperty("errors").EnumerateArray().Select(f => f.GetProperty("code").GetString())
            .ShouldBe(["ongeldig-emailadres", "ongeldige-naam", "vestiging-vereist"], ignoreOrder: true);
    }

    [Test]
    public async Task An_swv_administrator_cannot_give_the_national_register_beheerder_role()
    {
        using var response = await Stuur(HttpMethod.Post, "/api/v1/gebruikers", new { email = "ik-ook@swv.nl", naam = "Stiekem", rol = "register-beheerder" });

        var probleem = await ProbleemAsync(response, 403);
        probleem.GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:rol-niet-toekenbaar");
        using var lijst = await Stuur(HttpMethod.Get, "/api/v1/gebruikers");
        (await lijst.Content.ReadAsStringAsync()).ShouldNotContain("ik-ook@swv.nl");
    }

    [Test]
    public async Task An_address_that_already_has_an_account_is_a_conflict()
    {
        using var response = await Stuur(HttpMethod.Post, "/api/v1/gebruikers", new { email = "beheer@swv.nl", naam = "Dubbel", rol = "expert" });

        var probleem = await ProbleemAsync(response, 409);
        probleem.GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:emailadres-bestaat");
    }

    [Test]
    public async Task A_deactivated_colleague_loses_their_tokens_at_once_and_cannot_sign_in()
    {
        var id = await Aanmelding.RegistreerAsync("vertrokken@swv.nl", Rol.SwvMedewerker);
        var token = await Aanmelding.AccessTokenAsync("vertrokken@swv.nl");

        using var response = await Stuur(HttpMethod.Post, $"/api/v1/gebruikers/{id}/deactivering");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await JsonAsync(response)).GetProperty("status").GetString().ShouldBe("gedeactiveerd");
        using var metToken = await Stuur(HttpMethod.Get, "/api/v1/ik", token: token);
        await ProbleemAsync(metToken, 401);
        using var inloggen = await Aanmelding.VulInlogformulierInAsync(Client, "/inloggen", "vertrokken@swv.nl", Aanmelding.Wachtwoord);
        inloggen.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Accounts_of_another_samenwerkingsverband_are_invisible_and_untouchable()
    {
        var ander = await Aanmelding.RegistreerInAsync("VO2301", "iemand@vo.nl", Rol.Expert);

        using var lijst = await Stuur(HttpMethod.Get, "/api/v1/gebruikers");
        using var deactiveren = await Stuur(HttpMethod.Post, $"/api/v1/gebruikers/{ander}/deactivering");

        (await JsonAsync(lijst)).GetProperty("gebruikers").EnumerateArray().Select(g => g.GetProperty("email").GetString())
            .ShouldBe(["beheer@swv.nl"]);
        await ProbleemAsync(deactiveren, 404);
    }

    [Test]
    public async Task An_administrator_cannot_lock_themselves_out()
    {
        using var lijst = await Stuur(HttpMethod.Get, "/api/v1/gebruikers");
        var eigenId = (await JsonAsync(lijst)).GetProperty("gebruikers")[0].GetProperty("id").GetString();

        using var response = await Stuur(HttpMethod.Post, $"/api/v1/gebruikers/{eigenId}/deactivering");

        await ProbleemAsync(response, 409);
    }

    [Test]
    public async Task An_activation_form_without_code_or_password_lists_every_problem_in_Dutch()
    {
        using var response = await VerstuurActiveringAsync(new() { ["activatiecode"] = "", ["wachtwoord"] = "", ["herhaling"] = "anders" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldSatisfyAllConditions(
            p => p.ShouldContain("Deze pagina hoort bij een activeringscode"),
            p => p.ShouldContain("Kies een wachtwoord van minstens 12 tekens."),
            p => p.ShouldContain("De twee wachtwoorden zijn niet gelijk."));
    }

    private Task<HttpResponseMessage> ActiveerAsync(string code, string wachtwoord) => Aanmelding.ActiveerAsync(Client, code, wachtwoord);

    private Task<HttpResponseMessage> VerstuurActiveringAsync(Dictionary<string, string> velden) => Aanmelding.VerstuurActiveringAsync(Client, velden);
}
