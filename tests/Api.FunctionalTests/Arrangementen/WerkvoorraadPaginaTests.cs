using System.Net;
using System.Text.Json;

namespace PassendOnderwijs.Api.FunctionalTests.Arrangementen;

/// <summary>
/// The werkvoorraad a page at a time (today is 24 November 2026): the cursor walks every line exactly once, in the
/// werkvoorraad's order (deadline, arrangement, role) across its lines, each page counting all of them; bad paging is a problem.
/// </summary>
public class WerkvoorraadPaginaTests : ArrangementTest
{
    private const string Werkvoorraad = Pad + "/werkvoorraad";

    [Test]
    public async Task The_cursor_walks_every_line_once_in_deadline_order_across_the_lines_of_the_table()
    {
        // The school's lines: two starts (deadline: the ingangsdatum), and a question to answer (the behandeldeadline,
        // 5 January 2027). The starts come first, the earliest ingangsdatum first, though requested in the other order.
        var laat = await ToegekendAsync("2026-11-20", "PO2705-2026-0301");
        var vroeg = await ToegekendAsync("2026-11-02", "PO2705-2026-0302");
        var (vraag, etag) = await VraagAanAsync();
        etag = await ZetStapAsync(vraag, "behandeling", etag, null, Medewerker);
        await ZetStapAsync(vraag, "informatieverzoek", etag, new { vraag = "Is er een handelingsplan?" }, Medewerker);

        var paginas = await AllePaginasAsync(IbEigen, pageSize: 1);
        paginas.Count.ShouldBe(3);
        paginas.ShouldAllBe(p => p.Totaal == 3);
        paginas.SelectMany(p => p.Lijnen).ShouldBe([(vroeg, "starten"), (laat, "starten"), (vraag, "vraag-beantwoorden")]);
    }

    [Test]
    public async Task Lines_on_the_same_day_are_ordered_by_arrangement_across_pages_and_match_one_large_page()
    {
        // The tests' clock stands still: every request shares its behandeldeadline, so the id orders the SWV's lines,
        // new requests and those waiting for a decision mixed.
        List<Guid> ids = [];
        for (var i = 0; i < 5; i++)
        {
            var (id, etag) = await VraagAanAsync();
            if (i % 2 == 0)
            {
                await ZetStapAsync(id, "behandeling", etag, null, Medewerker);
            }

            ids.Add(id);
        }

        var paginas = await AllePaginasAsync(Medewerker, pageSize: 2);
        paginas.Select(p => p.Lijnen.Count).ShouldBe([2, 2, 1]);
        paginas.ShouldAllBe(p => p.Totaal == 5);
        var gelopen = paginas.SelectMany(p => p.Lijnen).ToList();
        gelopen.Select(l => l.Id).ShouldBe(ids.Order().ToList());
        gelopen.Select(l => l.Actie).Distinct().Order().ShouldBe(["besluiten", "in-behandeling-nemen"]);

        var alles = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Werkvoorraad}?pageSize=100", token: Medewerker);
        Lijnen(alles).ShouldBe(gelopen);
        (!alles.TryGetProperty("volgendeCursor", out var geen) || geen.ValueKind == JsonValueKind.Null).ShouldBeTrue();

        // Without pageSize: at most 25 lines, here all five.
        Lijnen(await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Werkvoorraad, token: Medewerker)).ShouldBe(gelopen);
    }

    [Test]
    public async Task The_next_page_is_linked_and_reading_a_page_is_audited_against_its_pupils_only()
    {
        var ander = await RegistreerLeerlingAsync("Daan", EigenVestiging, IbEigen);
        var (eerste, _) = await VraagAanAsync();
        var (tweede, _) = await VraagAanAsync(ander);
        var (opEerste, opTweede) = eerste.CompareTo(tweede) < 0 ? (LeerlingId, ander) : (ander, LeerlingId);

        using var response = await Stuur(HttpMethod.Get, $"{Werkvoorraad}?pageSize=1", token: Medewerker);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var link = response.Headers.GetValues("Link").Single();
        link.ShouldContain("rel=\"next\"");
        link.ShouldContain("/api/v1/arrangementen/werkvoorraad?");
        link.ShouldContain("cursor=");

        (await LeesAuditAsync(opEerste)).ShouldBe(1);
        (await LeesAuditAsync(opTweede)).ShouldBe(0);
    }

    [Test]
    public async Task A_tampered_cursor_or_a_page_size_out_of_bounds_is_a_problem()
    {
        await VraagAanAsync();
        await VraagAanAsync();

        // A cursor of another list is refused too.
        var mijn = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Pad}/mijn-aanvragen?pageSize=1", token: IbEigen)).GetProperty("volgendeCursor").GetString()!;
        await WeigertFoutePaginaAsync(Werkvoorraad, Medewerker, mijn);

        Lijnen(await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Werkvoorraad}?pageSize=100", token: Medewerker)).Count.ShouldBe(2);
    }

    /// <summary>A request with this ingangsdatum, granted: it waits for the school to start it.</summary>
    private async Task<Guid> ToegekendAsync(string ingangsdatum, string beschikkingsnummer)
    {
        var (id, etag) = await VraagAanAsync(aanvraag: ArrangementVoorbeeld.Aanvraag(LeerlingId, ingangsdatum: ingangsdatum));
        etag = await ZetStapAsync(id, "behandeling", etag, null, Medewerker);
        await ZetStapAsync(id, "toekenning", etag, new { beschikkingsnummer, besluitdatum = "2026-11-24", motivering = "Past." }, Medewerker);
        return id;
    }

    private async Task<List<(int Totaal, List<(Guid Id, string Actie)> Lijnen)>> AllePaginasAsync(string token, int pageSize) =>
        [.. (await WerkvoorraadPaginasAsync(Werkvoorraad, token, pageSize)).Select(p => (p.Totaal, p.Lijnen.Select(Lijn).ToList()))];

    private static List<(Guid Id, string Actie)> Lijnen(JsonElement pagina) => pagina.GetProperty("items").EnumerateArray().Select(Lijn).ToList();

    private static (Guid Id, string Actie) Lijn(JsonElement l) => (l.GetProperty("arrangementId").GetGuid(), l.GetProperty("actie").GetString()!);

    private async Task<int> LeesAuditAsync(Guid leerling) =>
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={leerling}")).GetProperty("auditRegels").EnumerateArray()
            .Count(r => r.GetProperty("actie").GetString() == "lezen" && r.GetProperty("resourceSoort").GetString() == "arrangement");
}
