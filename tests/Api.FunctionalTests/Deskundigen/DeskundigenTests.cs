using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests.Deskundigen;

/// <summary>
/// The register of deskundigen in PO2705, kept by SWV staff: every problem of a registration in one 400, links only to
/// the SWV's own besturen, schools and deskundige accounts, the list's search, filters, order and pages, a change on a
/// stale version refused, and nobody else reads or changes it. A deskundige sees their own entry on /ik.
/// </summary>
public class DeskundigenTests : ArrangementTest
{
    private const string Register = "/api/v1/deskundigen";

    private Guid _deskundigeAccount;
    private string _deskundige = null!;

    [SetUp]
    public async Task MaakDeskundigeAccountAsync()
    {
        _deskundigeAccount = await Aanmelding.RegistreerAsync("orthopedagoog@linde.nl", Rol.Deskundige);
        _deskundige = await Aanmelding.AccessTokenAsync("orthopedagoog@linde.nl");
    }

    private static object Geldig(string naam = "Ilse de Linde", string discipline = "orthopedagoog", Guid? accountId = null, Guid? schoolbestuurId = null,
        string? vestiging = null, string werkgever = "Praktijk De Linde") =>
        new { naam, discipline, beroepsregister = "NVO", registratienummer = "123456", werkgever, schoolbestuurId, vestiging, accountId };

    private async Task<(JsonElement Deskundige, string Etag)> RegistreerAsync(object verzoek)
    {
        using var response = await Stuur(HttpMethod.Post, Register, verzoek, Medewerker);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await JsonAsync(response), response.Headers.ETag!.Tag);
    }

    private async Task<Guid> BestuurIdAsync()
    {
        var besturen = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/schoolbesturen", token: Medewerker);
        return besturen.GetProperty("schoolbesturen").EnumerateArray().Single(b => b.GetProperty("nummer").GetString() == "41234").GetProperty("id").GetGuid();
    }

    private static List<string> Codes(JsonElement probleem) =>
        probleem.GetProperty("errors").EnumerateArray().Select(f => f.GetProperty("code").GetString()!).ToList();

    private static string Soort(JsonElement probleem) => probleem.GetProperty("type").GetString()!.Replace("urn:passendonderwijs:probleem:", string.Empty, StringComparison.Ordinal);

    [Test]
    public async Task A_registration_lists_every_problem_of_the_request_in_one_400()
    {
        using var response = await Stuur(HttpMethod.Post, Register,
            new { naam = " ", discipline = "tandarts", beroepsregister = "BIG", registratienummer = "123", werkgever = "", vestiging = "12-AB" }, Medewerker);

        var probleem = await ProbleemAsync(response, 400);
        Codes(probleem).ShouldBe(
            ["naam-vereist", "ongeldige-discipline", "ongeldig-registratienummer", "werkgever-vereist", "ongeldige-vestigingcode"], ignoreOrder: true);
        probleem.GetProperty("errors").EnumerateArray().Single(f => f.GetProperty("code").GetString() == "ongeldig-registratienummer")
            .GetProperty("detail").GetString().ShouldBe("Een BIG-nummer heeft 11 cijfers, zoals 19012345601.");
    }

    [Test]
    public async Task A_link_to_an_account_of_another_role_and_to_a_bestuur_of_another_swv_is_a_400()
    {
        await Platform.Tenants.RegistreerAsync("VO2301", "SWV Elders");
        await Aanmelding.RegistreerInAsync("VO2301", "beheer@elders.nl", Rol.SwvBeheerder);
        var elders = await Aanmelding.AccessTokenAsync("beheer@elders.nl");
        var vreemdBestuur = (await Verwacht(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/schoolbesturen", new { nummer = "42000", naam = "Stichting Elders" }, elders))
            .GetProperty("id").GetGuid();

        using var response = await Stuur(HttpMethod.Post, Register, Geldig(accountId: ExpertId, schoolbestuurId: vreemdBestuur, vestiging: "99ZZ00"), Medewerker);

        var probleem = await ProbleemAsync(response, 400);
        probleem.GetProperty("errors").EnumerateArray().Select(f => (f.GetProperty("code").GetString(), f.GetProperty("pointer").GetString())).ShouldBe(
            [("onbekend-schoolbestuur", "#/schoolbestuurId"), ("onbekende-vestiging", "#/vestiging"), ("account-geen-deskundige", "#/accountId")], ignoreOrder: true);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Register, token: Medewerker)).GetProperty("totaal").GetInt32().ShouldBe(0, "nothing was registered");
    }

    [Test]
    public async Task A_registration_links_the_swvs_own_bestuur_school_and_account_and_the_deskundige_sees_it_on_ik()
    {
        var bestuur = await BestuurIdAsync();
        var (deskundige, etag) = await RegistreerAsync(Geldig(accountId: _deskundigeAccount, schoolbestuurId: bestuur, vestiging: EigenVestiging, werkgever: "Stichting Test"));

        deskundige.GetProperty("discipline").GetString().ShouldBe("orthopedagoog");
        deskundige.GetProperty("schoolbestuurNaam").GetString().ShouldBe("Stichting Test");
        deskundige.GetProperty("schoolNaam").GetString().ShouldBe("De Regenboog");
        deskundige.GetProperty("accountNaam").GetString().ShouldBe("Test Deskundige");
        deskundige.GetProperty("magEersteAdviesGeven").GetBoolean().ShouldBeTrue();
        deskundige.GetProperty("actief").GetBoolean().ShouldBeTrue();
        etag.ShouldBe($"\"{deskundige.GetProperty("versie").GetInt64()}\"");

        var id = deskundige.GetProperty("id").GetGuid();
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Register}/{id}", token: Beheerder)).GetProperty("naam").GetString().ShouldBe("Ilse de Linde");

        var ik = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/ik", token: _deskundige);
        ik.GetProperty("deskundige").GetProperty("werkgever").GetString().ShouldBe("Stichting Test");
        ik.GetProperty("deskundige").GetProperty("discipline").GetString().ShouldBe("orthopedagoog");
        var medewerker = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/ik", token: Medewerker);
        (medewerker.TryGetProperty("deskundige", out var geen) ? geen.ValueKind : JsonValueKind.Null).ShouldBe(JsonValueKind.Null, "only a deskundige has an entry");
    }

    [Test]
    public async Task The_beheerder_makes_deskundige_accounts_which_staff_can_then_link()
    {
        var nieuw = await Verwacht(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/gebruikers",
            new { email = "psycholoog@anker.nl", naam = "Petra Peters", rol = "deskundige" }, Beheerder);
        nieuw.GetProperty("gebruiker").GetProperty("rol").GetString().ShouldBe("deskundige");

        var accounts = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Register + "/accounts", token: Medewerker)).GetProperty("accounts");
        accounts.EnumerateArray().Select(a => a.GetProperty("naam").GetString()).ShouldBe(["Petra Peters", "Test Deskundige"], "only deskundige accounts, by name");
        var petra = accounts.EnumerateArray().First().GetProperty("id").GetGuid();
        (await RegistreerAsync(Geldig(naam: "Petra Peters", discipline: "psycholoog", accountId: petra))).Deskundige.GetProperty("accountNaam").GetString().ShouldBe("Petra Peters");
    }

    [Test]
    public async Task One_account_belongs_to_one_deskundige()
    {
        var (deskundige, _) = await RegistreerAsync(Geldig(accountId: _deskundigeAccount));
        var accounts = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Register + "/accounts", token: Medewerker);
        var account = accounts.GetProperty("accounts").EnumerateArray().Single();
        (account.GetProperty("id").GetGuid(), account.GetProperty("deskundigeId").GetGuid()).ShouldBe((_deskundigeAccount, deskundige.GetProperty("id").GetGuid()));

        using var tweede = await Stuur(HttpMethod.Post, Register, Geldig(naam: "Nog iemand", accountId: _deskundigeAccount), Medewerker);
        Soort(await ProbleemAsync(tweede, 409)).ShouldBe("account-al-gekoppeld");
    }

    [Test]
    public async Task The_list_searches_filters_sorts_and_pages_with_the_number_found()
    {
        await RegistreerAsync(Geldig(naam: "ilse de Linde"));
        await RegistreerAsync(Geldig(naam: "Bart Bakker", discipline: "psycholoog", werkgever: "Zelfstandig"));
        var (maatschappelijk, _) = await RegistreerAsync(new { naam = "Cor de Wit", discipline = "maatschappelijk-werker", werkgever = "Anders BV" });
        await Verwacht(HttpStatusCode.OK, HttpMethod.Post, $"{Register}/{maatschappelijk.GetProperty("id").GetGuid()}/deactivering", token: Medewerker);

        async Task<IReadOnlyList<string>> NamenAsync(string query)
        {
            var lijst = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Register}?{query}", token: Medewerker);
            var namen = lijst.GetProperty("deskundigen").EnumerateArray().Select(d => d.GetProperty("naam").GetString()!).ToList();
            if (!query.Contains("pageSize", StringComparison.Ordinal))
            {
                lijst.GetProperty("totaal").GetInt32().ShouldBe(namen.Count, query);
            }

            return namen;
        }

        (await NamenAsync(string.Empty)).ShouldBe(["Bart Bakker", "Cor de Wit", "ilse de Linde"]);
        (await NamenAsync("sorteer=-naam")).ShouldBe(["ilse de Linde", "Cor de Wit", "Bart Bakker"]);
        (await NamenAsync("sorteer=werkgever")).ShouldBe(["Cor de Wit", "ilse de Linde", "Bart Bakker"]);
        (await NamenAsync("sorteer=discipline")).ShouldBe(["Cor de Wit", "ilse de Linde", "Bart Bakker"]);
        (await NamenAsync("zoek=DE%20")).ShouldBe(["Cor de Wit", "ilse de Linde"]);
        (await NamenAsync("discipline=psycholoog")).ShouldBe(["Bart Bakker"]);
        (await NamenAsync("actief=false")).ShouldBe(["Cor de Wit"]);
        (await NamenAsync("actief=true&zoek=de")).ShouldBe(["ilse de Linde"]);

        using var eerste = await Stuur(HttpMethod.Get, $"{Register}?pageSize=2", token: Medewerker);
        var pagina = await JsonAsync(eerste);
        pagina.GetProperty("totaal").GetInt32().ShouldBe(3);
        pagina.GetProperty("deskundigen").GetArrayLength().ShouldBe(2);
        eerste.Headers.GetValues("Link").Single().ShouldContain("rel=\"next\"");
        var cursor = Uri.EscapeDataString(pagina.GetProperty("volgendeCursor").GetString()!);
        (await NamenAsync($"pageSize=2&cursor={cursor}")).ShouldBe(["ilse de Linde"]);
    }

    [Test]
    public async Task Bad_list_parameters_are_one_400()
    {
        using var response = await Stuur(HttpMethod.Get, $"{Register}?sorteer=leeftijd&discipline=tandarts&pageSize=501", token: Medewerker);
        Codes(await ProbleemAsync(response, 400)).ShouldBe(["onbekende-sortering", "ongeldige-discipline", "ongeldige-page-size"], ignoreOrder: true);
    }

    [Test]
    public async Task A_change_needs_the_current_version()
    {
        var (deskundige, etag) = await RegistreerAsync(Geldig());
        var pad = $"{Register}/{deskundige.GetProperty("id").GetGuid()}";

        using (var zonder = await Stuur(HttpMethod.Put, pad, Geldig(naam: "Ilse Linde"), Medewerker))
        {
            Soort(await ProbleemAsync(zonder, 428)).ShouldBe("versie-vereist");
        }

        using var gewijzigd = await WijzigAsync(pad, etag, Geldig(naam: "Ilse Linde", discipline: "psycholoog"));
        gewijzigd.StatusCode.ShouldBe(HttpStatusCode.OK, await gewijzigd.Content.ReadAsStringAsync());
        var nieuw = await JsonAsync(gewijzigd);
        (nieuw.GetProperty("naam").GetString(), nieuw.GetProperty("discipline").GetString()).ShouldBe(("Ilse Linde", "psycholoog"));
        gewijzigd.Headers.ETag!.Tag.ShouldNotBe(etag);

        using var verouderd = await WijzigAsync(pad, etag, Geldig(naam: "Ilse van Oud"));
        Soort(await ProbleemAsync(verouderd, 412)).ShouldBe("versie-verouderd");
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, pad, token: Medewerker)).GetProperty("naam").GetString().ShouldBe("Ilse Linde");
    }

    private async Task<HttpResponseMessage> WijzigAsync(string pad, string etag, object inhoud)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Put, pad) { Content = JsonContent.Create(inhoud) };
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Medewerker);
        verzoek.Headers.TryAddWithoutValidation("If-Match", etag);
        return await Client.SendAsync(verzoek);
    }

    [Test]
    public async Task A_deactivated_deskundige_stays_in_the_register_and_can_be_reactivated()
    {
        var (deskundige, _) = await RegistreerAsync(Geldig());
        var pad = $"{Register}/{deskundige.GetProperty("id").GetGuid()}";

        (await Verwacht(HttpStatusCode.OK, HttpMethod.Post, pad + "/deactivering", token: Beheerder)).GetProperty("actief").GetBoolean().ShouldBeFalse();
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, pad, token: Medewerker)).GetProperty("actief").GetBoolean().ShouldBeFalse();
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Post, pad + "/heractivering", token: Medewerker)).GetProperty("actief").GetBoolean().ShouldBeTrue();
        await Verwacht(HttpStatusCode.NotFound, HttpMethod.Post, $"{Register}/{Guid.CreateVersion7()}/deactivering", token: Medewerker);
    }

    [Test]
    public async Task Schools_experts_and_deskundigen_neither_read_nor_change_the_register()
    {
        var (deskundige, _) = await RegistreerAsync(Geldig());
        var pad = $"{Register}/{deskundige.GetProperty("id").GetGuid()}";
        foreach (var token in new[] { IbEigen, Expert, _deskundige })
        {
            foreach (var (methode, url, inhoud) in new (HttpMethod, string, object?)[]
            {
                (HttpMethod.Get, Register, null), (HttpMethod.Get, pad, null), (HttpMethod.Post, Register, Geldig()),
                (HttpMethod.Post, pad + "/deactivering", null), (HttpMethod.Get, Register + "/export", null),
            })
            {
                using var response = await Stuur(methode, url, inhoud, token);
                response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{methode} {url}");
            }
        }
    }

    [Test]
    public async Task The_export_holds_the_selection_with_its_code_lists_in_words_and_is_audited()
    {
        await RegistreerAsync(Geldig());
        await RegistreerAsync(new { naam = "Bart Bakker", discipline = "maatschappelijk-werker", werkgever = "zelfstandig" });

        using var response = await Stuur(HttpMethod.Get, $"{Register}/export?discipline=orthopedagoog", token: Medewerker, accept: "text/csv");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        csv.ShouldContain("Ilse de Linde");
        csv.ShouldContain("NVO (Nederlandse Vereniging van Pedagogen en Onderwijskundigen)");
        csv.ShouldContain("Orthopedagoog");
        csv.ShouldNotContain("Bart Bakker");

        var audit = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/auditregels?resourceSoort=deskundige", token: Beheerder);
        audit.GetRawText().ShouldContain("exporteren");
        audit.GetRawText().ShouldContain("aanmaken");
    }
}
