using System.Net;
using System.Text.Json;

namespace PassendOnderwijs.Api.FunctionalTests.Organisaties;

/// <summary>
/// GET /scholen at the size of a real samenwerkingsverband: searched, filtered and sorted in SQL, a page at a time,
/// with the number found. The set-up has De Regenboog (12AB00, BAO, Noord, bestuur 41234) and De Brug (34CD00, SBO).
/// </summary>
public class ScholenLijstTests : ArrangementTest
{
    [SetUp]
    public async Task MeerScholenAsync()
    {
        await Verwacht(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/schoolbesturen", new { nummer = "41001", naam = "Stichting Eemland" });
        await Verwacht(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/scholen", new { vestiging = "12AB01", naam = "de Regenboog Zuid", soort = "BAO", schoolbestuur = "41001" });
        await Verwacht(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/scholen", new { vestiging = "56EF00", naam = "Aquamarijn", soort = "SO", schoolbestuur = "41001", regio = "Noord" });
    }

    [Test]
    public async Task The_default_order_is_by_name_whatever_its_case_with_the_number_found()
    {
        var lijst = await LijstAsync("/api/v1/scholen");
        Vestigingen(lijst).ShouldBe(["56EF00", "34CD00", "12AB00", "12AB01"]);
        lijst.GetProperty("totaal").GetInt32().ShouldBe(4);
        lijst.TryGetProperty("volgendeCursor", out var cursor).ShouldBe(cursor.ValueKind == JsonValueKind.Null);
    }

    [TestCase("naam", new[] { "56EF00", "34CD00", "12AB00", "12AB01" })]
    [TestCase("-naam", new[] { "12AB01", "12AB00", "34CD00", "56EF00" })]
    [TestCase("vestiging", new[] { "12AB00", "12AB01", "34CD00", "56EF00" })]
    [TestCase("-vestiging", new[] { "56EF00", "34CD00", "12AB01", "12AB00" })]
    public async Task Each_sort_order_of_the_contract_is_applied(string sorteer, string[] verwacht) =>
        Vestigingen(await LijstAsync($"/api/v1/scholen?sorteer={sorteer}")).ShouldBe(verwacht);

    [TestCase("zoek=regenboog", new[] { "12AB00", "12AB01" })]
    [TestCase("zoek=BOOG%20z", new[] { "12AB01" })]
    [TestCase("zoek=12ab", new[] { "12AB00", "12AB01" })]
    [TestCase("zoek=12AB01", new[] { "12AB01" })]
    [TestCase("soort=BAO", new[] { "12AB00", "12AB01" })]
    [TestCase("regio=Noord", new[] { "56EF00", "12AB00" })]
    [TestCase("bestuur=41001", new[] { "56EF00", "12AB01" })]
    [TestCase("bestuur=41001&soort=BAO&zoek=regen", new[] { "12AB01" })]
    [TestCase("zoek=onbekend", new string[0])]
    public async Task Search_and_filters_narrow_the_list_and_its_count(string query, string[] verwacht)
    {
        var lijst = await LijstAsync($"/api/v1/scholen?{query}");
        Vestigingen(lijst).ShouldBe(verwacht);
        lijst.GetProperty("totaal").GetInt32().ShouldBe(verwacht.Length);
    }

    [Test]
    public async Task Pages_follow_the_cursor_in_the_link_header_and_keep_the_total()
    {
        using var eerste = await Stuur(HttpMethod.Get, "/api/v1/scholen?sorteer=vestiging&pageSize=3", token: Medewerker);
        eerste.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pagina = await JsonAsync(eerste);
        Vestigingen(pagina).ShouldBe(["12AB00", "12AB01", "34CD00"]);
        pagina.GetProperty("totaal").GetInt32().ShouldBe(4);
        var link = eerste.Headers.GetValues("Link").Single();
        link.ShouldContain("sorteer=vestiging");
        link.ShouldContain("rel=\"next\"");

        var cursor = pagina.GetProperty("volgendeCursor").GetString()!;
        var tweede = await LijstAsync($"/api/v1/scholen?sorteer=vestiging&pageSize=3&cursor={Uri.EscapeDataString(cursor)}");
        Vestigingen(tweede).ShouldBe(["56EF00"]);
        tweede.GetProperty("totaal").GetInt32().ShouldBe(4);
    }

    [Test]
    public async Task An_unknown_sort_order_is_a_400_that_names_it_and_the_allowed_ones()
    {
        using var response = await Stuur(HttpMethod.Get, "/api/v1/scholen?sorteer=plaats&bestuur=4100&pageSize=501", token: Medewerker);
        var fouten = (await ProbleemAsync(response, 400)).GetProperty("errors").EnumerateArray().ToList();
        fouten.Select(f => f.GetProperty("code").GetString()).ShouldBe(["ongeldig-bestuur", "onbekende-sortering", "ongeldige-page-size"], ignoreOrder: true);
        var sortering = fouten.Single(f => f.GetProperty("code").GetString() == "onbekende-sortering");
        sortering.GetProperty("parameter").GetString().ShouldBe("sorteer");
        sortering.GetProperty("detail").GetString().ShouldBe("Onbekende sortering \"plaats\". Sorteer op naam, -naam, vestiging of -vestiging.");
    }

    [Test]
    public async Task A_cursor_of_another_list_is_refused()
    {
        await RegistreerLeerlingAsync("Daan", EigenVestiging, IbEigen);
        using var meer = await Stuur(HttpMethod.Get, "/api/v1/leerlingen?pageSize=1", token: Medewerker);
        var cursor = (await JsonAsync(meer)).GetProperty("volgendeCursor").GetString()!;
        using var response = await Stuur(HttpMethod.Get, $"/api/v1/scholen?cursor={Uri.EscapeDataString(cursor)}", token: Medewerker);
        (await ProbleemAsync(response, 400)).GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("ongeldige-cursor");
    }

    private async Task<JsonElement> LijstAsync(string pad)
    {
        using var response = await Stuur(HttpMethod.Get, pad, token: Medewerker);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await JsonAsync(response);
    }

    private static List<string> Vestigingen(JsonElement lijst) =>
        lijst.GetProperty("scholen").EnumerateArray().Select(s => s.GetProperty("vestiging").GetString()!).ToList();
}
