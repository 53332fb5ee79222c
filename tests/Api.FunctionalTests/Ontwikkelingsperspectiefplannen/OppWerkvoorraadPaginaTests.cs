using System.Net;
using System.Text.Json;

namespace PassendOnderwijs.Api.FunctionalTests.Ontwikkelingsperspectiefplannen;

/// <summary>
/// The OPP werkvoorraad a page at a time (today is 24 November 2026), like the arrangementen werkvoorraad: the cursor
/// walks every line exactly once, in the werkvoorraad's order (deadline, plan or arrangement, role, action) across the
/// lifecycle's lines and "OPP ontbreekt", each page counting all of them; two lines of one plan on one day follow each
/// other across a page boundary; bad paging is a problem.
/// </summary>
public class OppWerkvoorraadPaginaTests : OppTest
{
    private const string Werkvoorraad = OppPad + "/werkvoorraad";

    [Test]
    public async Task The_cursor_walks_every_line_once_in_deadline_order_across_the_plans_lines_and_opp_ontbreekt()
    {
        // Daan's plan was vastgesteld on 1 February 2025 without the ouders' instemming on its handelingsdeel: it waits
        // for that and for its evaluation, both by 31 July 2025, and for its registration in ROD. Sanne's concept must be
        // vastgesteld by 13 December 2026; Eva's support started on 10 November 2026 without a plan (22 December 2026).
        var daan = await RegistreerLeerlingAsync("Daan", EigenVestiging, IbEigen);
        var (plan, etag) = await StartOppAsync(daan, "2025-01-06");
        etag = await WerkOppBijAsync(plan, etag, Inhoud);
        etag = await ZetOppStapAsync(plan, "overleg", etag, new { datum = "2025-01-20", deelnemers = "Ouders", uitkomst = "Eens." });
        etag = await ZetOppStapAsync(plan, "hoorrecht", etag, new { gehoord = false, toelichting = "De leerling wilde er niet over praten; de leerkracht vroeg het twee keer." });
        await ZetOppStapAsync(plan, "vaststelling", etag, new { vastgesteldOp = "2025-02-01" });
        var (concept, _) = await StartOppAsync();
        var eva = await RegistreerLeerlingAsync("Eva", EigenVestiging, IbEigen);
        var (arrangement, arrangementEtag) = await VraagAanAsync(eva);
        await MaakActiefAsync(arrangement, arrangementEtag, "BS-2026-0301");

        (Guid, string)[] verwacht =
        [
            (plan, "rod-registreren"),
            (plan, "evalueren"),
            (plan, "instemming-vragen"),
            (concept, "vaststellen"),
            (arrangement, "opp-ontbreekt"),
        ];
        foreach (var grootte in new[] { 1, 2 })
        {
            var paginas = await WerkvoorraadPaginasAsync(Werkvoorraad, IbEigen, grootte);
            paginas.Count.ShouldBe(grootte == 1 ? 5 : 3);
            paginas.ShouldAllBe(p => p.Totaal == 5);
            paginas.SelectMany(p => p.Lijnen).Select(Lijn).ShouldBe(verwacht);
        }

        var alles = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Werkvoorraad, token: IbEigen);
        var lijnen = alles.GetProperty("items").EnumerateArray().ToList();
        lijnen.Select(Lijn).ShouldBe(verwacht);
        lijnen.Select(l => l.GetProperty("deadline").GetString()).ShouldBe(["2025-02-01", "2025-07-31", "2025-07-31", "2026-12-13", "2026-12-22"]);
        lijnen[^1].GetProperty("leerling").GetProperty("naam").GetString().ShouldBe("Eva Test");
        (!lijnen[^1].TryGetProperty("oppId", out var geenOpp) || geenOpp.ValueKind == JsonValueKind.Null).ShouldBeTrue();
        (!alles.TryGetProperty("volgendeCursor", out var geen) || geen.ValueKind == JsonValueKind.Null).ShouldBeTrue();

        // The SWV's staff see the missing plan only.
        var swv = await WerkvoorraadPaginasAsync(Werkvoorraad, Medewerker, 1);
        swv.SelectMany(p => p.Lijnen).Select(l => (Lijn(l), l.GetProperty("voor").GetString())).ShouldBe([((arrangement, "opp-ontbreekt"), "swv-medewerker")]);
    }

    [Test]
    public async Task A_tampered_cursor_a_cursor_of_another_werkvoorraad_or_a_page_size_out_of_bounds_is_a_problem()
    {
        foreach (var (naam, beschikkingsnummer) in new[] { ("Daan", "BS-2026-0311"), ("Eva", "BS-2026-0312") })
        {
            var (id, etag) = await VraagAanAsync(await RegistreerLeerlingAsync(naam, EigenVestiging, IbEigen));
            await MaakActiefAsync(id, etag, beschikkingsnummer);
        }

        await VraagAanAsync();
        await VraagAanAsync();

        // The arrangementen werkvoorraad's cursor has the same fields, but is not one of this werkvoorraad.
        var vanArrangementen = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Pad}/werkvoorraad?pageSize=1", token: Medewerker)).GetProperty("volgendeCursor").GetString()!;
        await WeigertFoutePaginaAsync(Werkvoorraad, Medewerker, vanArrangementen);
    }

    private static (Guid Id, string Actie) Lijn(JsonElement l) =>
        ((l.TryGetProperty("arrangementId", out var a) && a.ValueKind == JsonValueKind.String ? a : l.GetProperty("oppId")).GetGuid(), l.GetProperty("actie").GetString()!);
}
