using System.Net;
using System.Net.Http.Headers;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests.Identiteit;

/// <summary>The SPA's sign-in: authorization code + PKCE through the embedded server and its sign-in page.</summary>
public class AanmeldenTests : ApiTest
{
    private const string Email = "ib@school.nl";

    [SetUp]
    public Task RegistreerAsync() => Aanmelding.RegistreerAsync(Email, Rol.SchoolMedewerker, "12AB00");

    [Test]
    public async Task A_user_signs_in_and_the_API_knows_their_role_samenwerkingsverband_and_vestigingen()
    {
        var tokens = await Aanmelding.MeldAanAsync(Client, Email);

        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ik");
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("access_token").GetString());
        using var response = await Client.SendAsync(verzoek);
        var ik = await JsonAsync(response);
        ik.GetProperty("soort").GetString().ShouldBe("gebruiker");
        ik.GetProperty("naam").GetString().ShouldBe("Test SchoolMedewerker");
        ik.GetProperty("samenwerkingsverband").GetString().ShouldBe("PO2705");
        ik.GetProperty("rollen").EnumerateArray().Select(r => r.GetString()).ShouldBe(["school-medewerker"]);
        ik.GetProperty("vestigingen").EnumerateArray().Select(r => r.GetString()).ShouldBe(["12AB00"]);
        tokens.TryGetProperty("refresh_token", out _).ShouldBeFalse();
    }

    [Test]
    public async Task A_password_sign_in_is_assurance_level_laag_in_the_tokens_acr_and_in_ik()
    {
        var tokens = await Aanmelding.MeldAanAsync(Client, Email);
        var accessToken = tokens.GetProperty("access_token").GetString()!;

        var claims = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(accessToken);
        claims.GetClaim("acr").Value.ShouldBe("http://eidas.europa.eu/LoA/low");
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ik");
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await Client.SendAsync(verzoek);
        (await JsonAsync(response)).GetProperty("betrouwbaarheidsniveau").GetString().ShouldBe("laag");
    }

    [Test]
    public async Task Without_a_session_the_authorization_request_goes_to_the_Dutch_sign_in_page()
    {
        using var response = await Client.GetAsync(Aanmelding.AutorisatieUrl(Aanmelding.Pkce().Challenge));

        response.StatusCode.ShouldBe(HttpStatusCode.Found);
        response.Headers.Location!.AbsolutePath.ShouldBe("/inloggen");
        var pagina = await Client.GetStringAsync(response.Headers.Location.PathAndQuery);
        pagina.ShouldContain("<html lang=\"nl\" class=\"po-thema utrecht-html\">");
        pagina.ShouldContain("<label for=\"wachtwoord\">Wachtwoord</label>");
    }

    [Test]
    public async Task The_sign_in_page_leads_to_activation_and_explains_what_to_do_after_a_forgotten_password()
    {
        var pagina = await Client.GetStringAsync("/inloggen");

        pagina.ShouldContain("<p>Heeft u een activeringscode? <a href=\"/activeren\">Activeer uw account</a></p>");
        pagina.ShouldContain(
            "<strong>Wachtwoord vergeten?</strong> Vraag de beheerder van uw samenwerkingsverband om een nieuwe activeringscode; " +
            "daarmee kiest u een nieuw wachtwoord.");
        (await Client.GetAsync("/activeren")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task The_server_pages_take_the_products_look_from_a_stylesheet_file_and_need_no_inline_style_or_script()
    {
        foreach (var pad in new[] { "/inloggen", "/activeren" })
        {
            using var response = await Client.GetAsync(pad);
            var pagina = await response.Content.ReadAsStringAsync();
            pagina.ShouldContain("<link rel=\"stylesheet\" href=\"/inloggen.css\">");
            pagina.ShouldContain("<a href=\"/\" class=\"site-header__brand\">PassendOnderwijs</a>");
            pagina.ShouldNotContain("<script", Case.Insensitive);
            pagina.ShouldNotContain("<style", Case.Insensitive);
            pagina.ShouldNotContain("style=", Case.Insensitive);
            var csp = response.Headers.GetValues("Content-Security-Policy").ShouldHaveSingleItem();
            csp.ShouldContain("style-src 'self';");
            csp.ShouldContain("script-src 'self';");
        }

        using var stijl = await Client.GetAsync("/inloggen.css");
        stijl.StatusCode.ShouldBe(HttpStatusCode.OK);
        stijl.Content.Headers.ContentType!.MediaType.ShouldBe("text/css");
        (await stijl.Content.ReadAsStringAsync()).ShouldContain(".site-header");
    }

    [Test]
    public async Task A_failed_sign_in_shows_the_message_as_an_error_alert_tied_to_the_e_mail_field()
    {
        using var response = await Aanmelding.VulInlogformulierInAsync(Client, "/inloggen", Email, "fout-wachtwoord-123");

        var pagina = await response.Content.ReadAsStringAsync();
        pagina.ShouldContain("<div class=\"problem utrecht-alert utrecht-alert--error\" role=\"alert\" id=\"fout\">");
        pagina.ShouldContain("aria-describedby=\"fout\"");
        pagina.ShouldContain("Activeer uw account</a>");
    }

    [Test]
    public async Task A_wrong_password_shows_the_form_again_with_a_message_and_no_session()
    {
        using var response = await Aanmelding.VulInlogformulierInAsync(Client, "/inloggen?ReturnUrl=%2F", Email, "fout");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Dit e-mailadres en wachtwoord horen niet bij elkaar.");
        using var daarna = await Client.GetAsync(Aanmelding.AutorisatieUrl(Aanmelding.Pkce().Challenge));
        daarna.Headers.Location!.AbsolutePath.ShouldBe("/inloggen");
    }

    [Test]
    public async Task After_five_wrong_passwords_even_the_right_one_is_refused_for_a_while()
    {
        for (var i = 0; i < 5; i++)
        {
            using var _ = await Aanmelding.VulInlogformulierInAsync(Client, "/inloggen", Email, "fout");
        }

        using var response = await Aanmelding.VulInlogformulierInAsync(Client, "/inloggen", Email, Aanmelding.Wachtwoord);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("geblokkeerd");
    }

    [Test]
    public async Task Twenty_parallel_wrong_passwords_block_the_account_so_the_right_one_is_refused_right_after()
    {
        var formulieren = new List<Dictionary<string, string>>();
        for (var i = 0; i < 20; i++)
        {
            formulieren.Add(await Aanmelding.InlogformulierAsync(Client, "/inloggen", Email, "fout"));
        }

        var pogingen = await Task.WhenAll(formulieren.Select(f => Client.PostAsync("/inloggen", new FormUrlEncodedContent(f))));
        foreach (var poging in pogingen)
        {
            poging.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            poging.Dispose();
        }

        using var response = await Aanmelding.VulInlogformulierInAsync(Client, "/inloggen", Email, Aanmelding.Wachtwoord);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("geblokkeerd");
    }

    [Test]
    public async Task The_sign_in_form_refuses_a_post_without_its_antiforgery_token()
    {
        using var response = await Client.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = Email,
            ["wachtwoord"] = Aanmelding.Wachtwoord,
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.Location.ShouldBeNull();
    }

    [TestCase("https://kwaadwillend.example/")]
    [TestCase("//kwaadwillend.example/")]
    [TestCase("/\\kwaadwillend.example/")]
    public async Task The_sign_in_page_never_redirects_to_another_site(string returnUrl)
    {
        using var response = await Aanmelding.VulInlogformulierInAsync(
            Client, "/inloggen?ReturnUrl=" + Uri.EscapeDataString(returnUrl), Email, Aanmelding.Wachtwoord);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Test]
    public async Task An_authorization_request_without_PKCE_is_refused()
    {
        using var response = await Client.GetAsync(
            "/connect/authorize?client_id=passendonderwijs-spa&response_type=code&scope=openid" +
            $"&redirect_uri={Uri.EscapeDataString(Aanmelding.TerugUri)}&state=s");

        ((int)response.StatusCode).ShouldBeOneOf(302, 400);
        (response.Headers.Location?.Query ?? await response.Content.ReadAsStringAsync()).ShouldContain("invalid_request");
    }

    [Test]
    public async Task A_redirect_uri_that_is_not_registered_is_refused()
    {
        using var response = await Client.GetAsync(
            Aanmelding.AutorisatieUrl(Aanmelding.Pkce().Challenge).Replace(
                Uri.EscapeDataString(Aanmelding.TerugUri), Uri.EscapeDataString("https://kwaadwillend.example/aangemeld"), StringComparison.Ordinal));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.Location.ShouldBeNull();
    }
}
