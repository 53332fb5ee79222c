using System.Net;
using System.Text.Json;

namespace PassendOnderwijs.Api.FunctionalTests.Toelaatbaarheidsverklaringen;

/// <summary>
/// The TLV werkvoorraad a page at a time (today is 24 November 2026), like the arrangementen werkvoorraad: the cursor
/// walks every line exactly once, in the werkvoorraad's order (deadline, TLV, role, action) across the lines of the
/// table, each page counting all of them; reading a page audits its pupils only; bad paging is a problem.
/// </summary>
public class TlvWerkvoorraadPaginaTests : TlvTest
{
    private const string Werkvoorraad = TlvPad + "/werkvoorraad";

    [Test]
    public async Task The_cursor_walks_every_line_once_in_deadline_order_across_the_lines_of_the_table()
    {
        // Three lines on the behandeldeadline (the tests' clock stands still, so they share it and the TLV orders them),
        // each of another rule; the herindicatie of a TLV that ends on 31 May 2027 comes last.
        var (nieuw, _) = await VraagTlvAanAsync();
        var (geadviseerd, _) = await GeadviseerdAsync(await RegistreerLeerlingAsync("Daan", EigenVestiging, IbEigen));
        var (besloten, etag) = await GeadviseerdAsync(await RegistreerLeerlingAsync("Eva", EigenVestiging, IbEigen));
        await ZetTlvStapAsync(besloten, "besluit", etag, Besluit("PO2705-TLV-0201"), Medewerker);
        var aflopend = await AflopendAsync("PO2705-TLV-0202", await RegistreerLeerlingAsync("Finn", EigenVestiging, IbEigen));

        var paginas = await WerkvoorraadPaginasAsync(Werkvoorraad, Medewerker, pageSize: 1);
        paginas.Count.ShouldBe(4);
        paginas.ShouldAllBe(p => p.Totaal == 4);
        var gelopen = paginas.SelectMany(p => p.Lijnen).Select(Lijn).ToList();
        var opBehandeldeadline = new[] { (nieuw, "deskundigen-aanwijzen"), (geadviseerd, "besluiten"), (besloten, "bekendmaken") }.OrderBy(l => l.Item1);
        gelopen.ShouldBe([.. opBehandeldeadline, (aflopend, "herindicatie")]);

        var alles = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Werkvoorraad}?pageSize=100", token: Medewerker);
        alles.GetProperty("items").EnumerateArray().Select(Lijn).ShouldBe(gelopen);
        (!alles.TryGetProperty("volgendeCursor", out var geen) || geen.ValueKind == JsonValueKind.Null).ShouldBeTrue();
        alles.GetProperty("totaal").GetInt32().ShouldBe(4);

        // Three at a time: the same lines over two pages.
        (await WerkvoorraadPaginasAsync(Werkvoorraad, Medewerker, pageSize: 3)).SelectMany(p => p.Lijnen).Select(Lijn).ShouldBe(gelopen);
    }

    [Test]
    public async Task A_deskundige_pages_through_the_advices_asked_of_them_and_a_page_is_audited_against_its_pupils_only()
    {
        var daan = await RegistreerLeerlingAsync("Daan", EigenVestiging, IbEigen);
        var eerste = await GevraagdAsync(LeerlingId);
        var tweede = await GevraagdAsync(daan);
        var (opEerste, opTweede) = eerste.CompareTo(tweede) < 0 ? (LeerlingId, daan) : (daan, LeerlingId);

        var paginas = await WerkvoorraadPaginasAsync(Werkvoorraad, Orthopedagoog, pageSize: 1);
        paginas.SelectMany(p => p.Lijnen).Select(Lijn).ShouldBe(new[] { (eerste, "adviseren"), (tweede, "adviseren") }.OrderBy(l => l.Item1));
        paginas.ShouldAllBe(p => p.Totaal == 2);
        (await LeesAuditAsync(opEerste)).ShouldBe(1);
        (await LeesAuditAsync(opTweede)).ShouldBe(1);

        using var response = await Stuur(HttpMethod.Get, $"{Werkvoorraad}?pageSize=1", token: Orthopedagoog);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var link = response.Headers.GetValues("Link").Single();
        link.ShouldContain("rel=\"next\"");
        link.ShouldContain("/api/v1/toelaatbaarheidsverklaringen/werkvoorraad?");
        (await LeesAuditAsync(opEerste)).ShouldBe(2);
        (await LeesAuditAsync(opTweede)).ShouldBe(1);
    }

    [Test]
    public async Task A_tampered_cursor_a_cursor_of_another_werkvoorraad_or_a_page_size_out_of_bounds_is_a_problem()
    {
        await VraagTlvAanAsync();
        await VraagTlvAanAsync(await RegistreerLeerlingAsync("Daan", EigenVestiging, IbEigen));
        await VraagAanAsync();
        await VraagAanAsync();

        // The arrangementen werkvoorraad's cursor has the same fields, but is not one of this werkvoorraad.
        var vanArrangementen = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Pad}/werkvoorraad?pageSize=1", token: Medewerker)).GetProperty("volgendeCursor").GetString()!;
        await WeigertFoutePaginaAsync(Werkvoorraad, Medewerker, vanArrangementen);
    }

    /// <summary>The orthopedagoog asked for the first advice on a new request for <paramref name="leerling"/>.</summary>
    private async Task<Guid> GevraagdAsync(Guid leerling)
    {
        var (id, etag) = await VraagTlvAanAsync(leerling);
        await ZetTlvStapAsync(id, "adviseurs", etag, new { plek = "eerste", deskundigeId = OrthopedagoogId }, Medewerker);
        return id;
    }

    private static (Guid Id, string Actie) Lijn(JsonElement l) => (l.GetProperty("tlvId").GetGuid(), l.GetProperty("actie").GetString()!);

    private async Task<int> LeesAuditAsync(Guid leerling) =>
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={leerling}")).GetProperty("auditRegels").EnumerateArray()
            .Count(r => r.GetProperty("actie").GetString() == "lezen" && r.GetProperty("resourceSoort").GetString() == "toelaatbaarheidsverklaring");
}
