using System.Net;
using System.Text.Json;

namespace PassendOnderwijs.Api.FunctionalTests.Begeleidingsaanbod;

/// <summary>
/// The register in a stable order a person can choose: by naam (default, ties broken by id) or code, either way round,
/// and every page of it through the cursor, so paging never skips or repeats an aanbieder.
/// </summary>
public class AanbiederSorteringTests : AanbiederTest
{
    // Registered in code order, named out of it; two share a name.
    private static readonly (string Code, string Naam)[] Aanbieders =
    [
        ("100A001", "Visio Noord"), ("100A002", "Bartiméus"), ("100A003", "Kentalis"), ("100A004", "Auris"), ("100A005", "Kentalis"),
    ];

    [SetUp]
    public async Task RegistreerAanbiedersAsync()
    {
        foreach (var (code, naam) in Aanbieders)
        {
            using var response = await Stuur(HttpMethod.Post, Pad, AanbiederVoorbeeld.Registratie(code, naam));
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }
    }

    [TestCase(null, new[] { "100A004", "100A002", "100A003", "100A005", "100A001" })]
    [TestCase("naam", new[] { "100A004", "100A002", "100A003", "100A005", "100A001" })]
    [TestCase("-naam", new[] { "100A001", "100A005", "100A003", "100A002", "100A004" })]
    [TestCase("code", new[] { "100A001", "100A002", "100A003", "100A004", "100A005" })]
    [TestCase("-code", new[] { "100A005", "100A004", "100A003", "100A002", "100A001" })]
    public async Task Every_order_holds_in_one_page_and_across_pages_of_two(string? sorteer, string[] verwacht)
    {
        var extra = sorteer is null ? string.Empty : $"&sorteer={sorteer}";
        (await CodesAsync($"{Pad}?pageSize=100{extra}")).Codes.ShouldBe(verwacht);

        var gelezen = new List<string>();
        string? cursor = null;
        var paginas = 0;
        do
        {
            var pagina = await CodesAsync($"{Pad}?pageSize=2{extra}" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}"));
            gelezen.AddRange(pagina.Codes);
            cursor = pagina.Cursor;
            paginas++;
        }
        while (cursor is not null);

        gelezen.ShouldBe(verwacht);
        paginas.ShouldBe(3);
    }

    [Test]
    public async Task A_cursor_of_another_order_makes_the_client_start_again()
    {
        var cursor = (await CodesAsync($"{Pad}?pageSize=2&sorteer=code")).Cursor!;
        using var response = await Stuur(HttpMethod.Get, $"{Pad}?pageSize=2&sorteer=naam&cursor={Uri.EscapeDataString(cursor)}");
        (await ProbleemAsync(response, 400)).GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("ongeldige-cursor");
    }

    [Test]
    public async Task An_unknown_order_is_a_400_that_lists_the_allowed_ones()
    {
        using var response = await Stuur(HttpMethod.Get, $"{Pad}?sorteer=plaats");
        var fout = (await ProbleemAsync(response, 400)).GetProperty("errors")[0];
        fout.GetProperty("code").GetString().ShouldBe("onbekende-sortering");
        fout.GetProperty("detail").GetString().ShouldBe("Onbekende sortering \"plaats\". Sorteer op naam, -naam, code of -code.");
    }

    private async Task<(List<string> Codes, string? Cursor)> CodesAsync(string pad)
    {
        using var response = await Stuur(HttpMethod.Get, pad);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var pagina = await JsonAsync(response);
        var codes = pagina.GetProperty("onderwijsbegeleidingsaanbieders").EnumerateArray().Select(a => a.GetProperty("code").GetString()!).ToList();
        return (codes, pagina.TryGetProperty("volgendeCursor", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null);
    }
}
