using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Api.FunctionalTests.Identiteit;

/// <summary>
/// Signing in at an external OpenID Connect provider (Auth:Extern, a DigiD broker here), walked as a browser does:
/// the ouder activates with the school's code by signing in there, and from then on signs in there; the level the
/// provider vouched for is the token's acr. Against a provider on a real port, because the server fetches its
/// discovery, keys and tokens itself.
/// </summary>
public class ExterneAanmeldingTests : ApiTest
{
    private NepDigidBroker _broker = null!;
    private ApiFabriek _fabriek = null!;

    [OneTimeSetUp]
    public async Task StartBrokerAsync()
    {
        _broker = await NepDigidBroker.StartAsync();
        // On the machine's clock: the OpenIddict client's correlation cookie expires by the server's clock, and a
        // browser drops a cookie that expired on the fixed test day.
        _fabriek = new ApiFabriek(
            TestOmgeving.Database.Verbinding,
            services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(TimeProvider.System);
            },
            new Dictionary<string, string>
            {
                ["Database:MigreerBijStart"] = "false",
                ["Auth:SleutelMap"] = TestOmgeving.SleutelMap,
                ["Auth:Extern:Uitgever"] = _broker.Uitgever,
                ["Auth:Extern:ClientId"] = NepDigidBroker.ClientId,
                ["Auth:Extern:ClientSecret"] = NepDigidBroker.ClientSecret,
            });
    }

    [OneTimeTearDown]
    public async Task StopBrokerAsync()
    {
        await _fabriek.DisposeAsync();
        await _broker.DisposeAsync();
    }

    [Test]
    public async Task An_ouder_activates_with_the_schools_code_at_DigiD_and_signs_in_there_afterwards_at_the_level_DigiD_vouched_for()
    {
        var (ouderId, code) = await OuderMetCodeAsync("karin@example.nl");
        _broker.Volgende = ("digid-karin", "http://eidas.europa.eu/LoA/substantial");
        using (var browser = Browser())
        {
            var pagina = await browser.GetStringAsync("/activeren");
            pagina.ShouldContain("Activeren met DigiD");

            using var terug = await ActiveerBijBrokerAsync(browser, code);

            terug.StatusCode.ShouldBe(HttpStatusCode.Redirect, await terug.Content.ReadAsStringAsync());
            terug.Headers.Location!.OriginalString.ShouldBe("/");
            var ik = await IkMetSessieAsync(browser);
            ik.GetProperty("id").GetString().ShouldBe(ouderId.ToString());
            ik.GetProperty("betrouwbaarheidsniveau").GetString().ShouldBe("substantieel");
        }

        (await AccountAsync(ouderId)).Status.ShouldBe(Accountstatus.Actief);

        // Another day, another browser: "Inloggen met DigiD" on the sign-in page, and back where the SPA asked.
        _broker.Volgende = ("digid-karin", "http://eidas.europa.eu/LoA/high");
        using var later = Browser();
        var (verifier, challenge) = Aanmelding.Pkce();
        using var autorisatie = await later.GetAsync(Aanmelding.AutorisatieUrl(challenge));
        var inlogpagina = await later.GetStringAsync(autorisatie.Headers.Location!.PathAndQuery);
        var knop = WebUtility.HtmlDecode(Regex.Match(inlogpagina, "href=\"(/inloggen/extern[^\"]*)\"").Groups[1].Value);
        knop.ShouldStartWith("/inloggen/extern?returnUrl=");

        using var aangemeld = await LangsBrokerAsync(later, await later.GetAsync(knop));

        aangemeld.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        aangemeld.Headers.Location!.OriginalString.ShouldStartWith("/connect/authorize?");
        var token = await TokenAsync(later, aangemeld.Headers.Location!.OriginalString, verifier);
        (await IkAsync(token)).GetProperty("betrouwbaarheidsniveau").GetString().ShouldBe("hoog");
    }

    [Test]
    public async Task Without_an_acr_from_the_provider_the_sign_in_is_laag_never_more()
    {
        var (_, code) = await OuderMetCodeAsync("peter@example.nl");
        _broker.Volgende = ("digid-peter", null);
        using var browser = Browser();

        using var terug = await ActiveerBijBrokerAsync(browser, code);

        terug.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await IkMetSessieAsync(browser)).GetProperty("betrouwbaarheidsniveau").GetString().ShouldBe("laag");
    }

    [Test]
    public async Task A_DigiD_sign_in_linked_to_no_account_gets_the_sign_in_page_with_what_to_do_and_no_session()
    {
        _broker.Volgende = ("digid-onbekend", "http://eidas.europa.eu/LoA/substantial");
        using var browser = Browser();

        using var terug = await LangsBrokerAsync(browser, await browser.GetAsync("/inloggen/extern?returnUrl=%2F"));

        terug.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var pagina = await terug.Content.ReadAsStringAsync();
        pagina.ShouldContain("hoort nog bij geen account");
        pagina.ShouldContain("Activeer dan eerst uw account met DigiD");
        terug.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).ShouldNotContain(c => c.StartsWith("po-sessie=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));
    }

    [Test]
    public async Task A_staff_account_cannot_be_activated_with_DigiD_and_its_code_keeps_working_for_a_password()
    {
        var (id, code) = await AccountMetCodeAsync("ib@example.nl", Rol.SchoolMedewerker, "06VE00");
        _broker.Volgende = ("digid-ib", "http://eidas.europa.eu/LoA/substantial");
        using var browser = Browser();

        using var terug = await ActiveerBijBrokerAsync(browser, code);

        terug.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await terug.Content.ReadAsStringAsync()).ShouldContain("logt u in met een wachtwoord");
        (await AccountAsync(id)).Status.ShouldBe(Accountstatus.WachtOpActivering);
        using var metWachtwoord = await Aanmelding.ActiveerAsync(browser, code);
        metWachtwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task One_DigiD_person_is_linked_to_one_account_only()
    {
        var (_, eerste) = await OuderMetCodeAsync("ouder1@example.nl");
        var (tweedeId, tweede) = await OuderMetCodeAsync("ouder2@example.nl");
        _broker.Volgende = ("digid-zelfde", "http://eidas.europa.eu/LoA/substantial");
        using (var browser = Browser())
        {
            using var gelukt = await ActiveerBijBrokerAsync(browser, eerste);
            gelukt.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        using var nogEens = Browser();
        using var terug = await ActiveerBijBrokerAsync(nogEens, tweede);

        terug.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await terug.Content.ReadAsStringAsync()).ShouldContain("al in op een ander account");
        (await AccountAsync(tweedeId)).Status.ShouldBe(Accountstatus.WachtOpActivering);
    }

    [Test]
    public async Task A_sign_in_cancelled_at_the_provider_says_so_and_the_code_is_not_used()
    {
        var (id, code) = await OuderMetCodeAsync("afgebroken@example.nl");
        _broker.VolgendeFout = "access_denied";
        using var browser = Browser();

        using var terug = await ActiveerBijBrokerAsync(browser, code);

        terug.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await terug.Content.ReadAsStringAsync()).ShouldContain("Inloggen met DigiD is niet gelukt of afgebroken");
        (await AccountAsync(id)).ActivatiecodeHash.ShouldNotBeNull();
    }

    [Test]
    public async Task Without_a_configured_provider_there_is_no_button_and_no_route()
    {
        (await Client.GetStringAsync("/inloggen")).ShouldNotContain("/inloggen/extern");
        (await Client.GetStringAsync("/activeren")).ShouldNotContain("/activeren/extern");

        using var response = await Client.GetAsync("/inloggen/extern");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>Over HTTPS, as in production: the correlation cookie is Secure (SameSite=None) and travels only there.</summary>
    private HttpClient Browser() => _fabriek.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

    /// <summary>The activation page's DigiD form with the code, then through the broker and back to the API.</summary>
    private static async Task<HttpResponseMessage> ActiveerBijBrokerAsync(HttpClient browser, string code)
    {
        var pagina = await browser.GetStringAsync("/activeren");
        var token = Regex.Match(pagina, "name=\"__RequestVerificationToken\" value=\"([^\"]*)\"").Groups[1].Value;
        var naarBroker = await browser.PostAsync("/activeren/extern", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["activatiecode"] = code,
        }));
        return await LangsBrokerAsync(browser, naarBroker);
    }

    /// <summary>Follows the API's redirect to the broker (a real port) and the broker's back to the API (in memory).</summary>
    private static async Task<HttpResponseMessage> LangsBrokerAsync(HttpClient browser, HttpResponseMessage naarBroker)
    {
        using (naarBroker)
        {
            naarBroker.StatusCode.ShouldBe(HttpStatusCode.Redirect, await naarBroker.Content.ReadAsStringAsync());
            using var buiten = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
            using var bijBroker = await buiten.GetAsync(naarBroker.Headers.Location);
            bijBroker.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            var terug = bijBroker.Headers.Location!;
            terug.Host.ShouldBe("localhost");
            return await browser.GetAsync(terug.PathAndQuery);
        }
    }

    /// <summary>With the sign-in session this browser has now, the SPA's authorization request; then who /ik says it is.</summary>
    private async Task<JsonElement> IkMetSessieAsync(HttpClient browser)
    {
        var (verifier, challenge) = Aanmelding.Pkce();
        return await IkAsync(await TokenAsync(browser, Aanmelding.AutorisatieUrl(challenge), verifier));
    }

    private static async Task<string> TokenAsync(HttpClient browser, string autorisatieUrl, string verifier)
    {
        using var autorisatie = await browser.GetAsync(autorisatieUrl);
        autorisatie.Headers.Location!.ToString().ShouldStartWith(Aanmelding.TerugUri, customMessage: "a session exists, so no sign-in page");
        var code = Regex.Match(autorisatie.Headers.Location!.Query, "code=([^&]+)").Groups[1].Value;
        return (await Aanmelding.WisselCodeInAsync(browser, code, verifier)).GetProperty("access_token").GetString()!;
    }

    private async Task<JsonElement> IkAsync(string token)
    {
        using var browser = Browser();
        browser.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var response = await browser.GetAsync("/api/v1/ik");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await JsonAsync(response);
    }

    private Task<(Guid Id, string Code)> OuderMetCodeAsync(string email) => AccountMetCodeAsync(email, Rol.Ouder);

    /// <summary>An account waiting for activation, its code made on this host's clock (the one that checks it).</summary>
    private async Task<(Guid Id, string Code)> AccountMetCodeAsync(string email, Rol rol, params string[] vestigingen)
    {
        await using var scope = _fabriek.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();
        var gebruiker = Gebruiker.Registreer(email, "Test " + rol, rol, "PO2705", vestigingen).Waarde;
        var code = gebruiker.MaakActivatiecode(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow());
        db.Gebruikers.Add(gebruiker);
        await db.SaveChangesAsync();
        return (gebruiker.Id.Waarde, code);
    }

    private static async Task<Gebruiker> AccountAsync(Guid id)
    {
        await using var scope = TestOmgeving.Fabriek.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();
        return await db.Gebruikers.IgnoreQueryFilters().AsNoTracking().SingleAsync(g => g.Id == new GebruikerId(id));
    }
}
