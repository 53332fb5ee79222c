using System.Net;
using System.Text.Json;

namespace PassendOnderwijs.Api.FunctionalTests.Arrangementen;

/// <summary>The overview holds the same arrangementen, in the same pages, as the whole list, with only what a list shows.</summary>
public class ArrangementOverzichtTests : ArrangementTest
{
    private const string Overzicht = Pad + "/overzicht";

    [Test]
    public async Task The_overview_holds_what_the_list_holds_page_by_page_without_the_support_details()
    {
        var daan = await RegistreerLeerlingAsync("Daan", EigenVestiging, IbEigen);
        var (eerste, etag) = await VraagAanAsync();
        await MaakActiefAsync(eerste, etag, "PO2705-2026-0001");
        await VraagAanAsync(daan);
        await VraagAanAsync(daan);

        var lijst = await AllePaginasAsync(Pad, Medewerker);
        var overzicht = await AllePaginasAsync(Overzicht, Medewerker);

        overzicht.Count.ShouldBe(3);
        overzicht.Select(Kern).ShouldBe(lijst.Select(Kern));
        foreach (var rij in overzicht)
        {
            foreach (var detail in new[] { "doelen", "inhoud", "besluit", "evaluaties", "geschiedenis", "toelichting", "uitvoerder", "budget" })
            {
                rij.TryGetProperty(detail, out _).ShouldBeFalse(detail);
            }

            rij.GetProperty("leerling").TryGetProperty("geboortedatum", out _).ShouldBeFalse();
        }
    }

    [Test]
    public async Task The_overview_takes_the_lists_filters_and_scoping()
    {
        var (eerste, etag) = await VraagAanAsync();
        await MaakActiefAsync(eerste, etag, "PO2705-2026-0001");
        await VraagAanAsync();

        var actief = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Overzicht}?status=actief", token: Medewerker);
        actief.GetProperty("arrangementen").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ShouldBe([eerste]);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Overzicht, token: IbAnder)).GetProperty("arrangementen").GetArrayLength().ShouldBe(0);

        var fout = await ProbleemAsync(await Stuur(HttpMethod.Get, $"{Overzicht}?status=onbekend&pageSize=0", token: Medewerker), 400);
        fout.GetProperty("errors").GetArrayLength().ShouldBe(2);
    }

    [Test]
    public async Task Every_pupil_on_an_overview_page_is_in_the_audit_log()
    {
        var daan = await RegistreerLeerlingAsync("Daan", EigenVestiging, IbEigen);
        await VraagAanAsync(daan);

        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Overzicht, token: Medewerker)).GetProperty("arrangementen").GetArrayLength().ShouldBe(1);

        var audit = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={daan}");
        audit.GetProperty("auditRegels").EnumerateArray()
            .Count(r => r.GetProperty("actie").GetString() == "lezen" && r.GetProperty("resourceSoort").GetString() == "arrangement")
            .ShouldBe(1);
    }

    private static string Kern(JsonElement a) => string.Join(
        '|',
        a.GetProperty("id").GetGuid(),
        a.GetProperty("leerling").GetProperty("id").GetGuid(),
        a.GetProperty("leerling").GetProperty("voornaam").GetString(),
        a.GetProperty("leerling").GetProperty("achternaam").GetString(),
        a.GetProperty("vestiging").GetString(),
        a.GetProperty("soort").GetString(),
        a.GetProperty("status").GetString(),
        a.GetProperty("ingangsdatum").GetString(),
        a.GetProperty("einddatum").GetString(),
        a.GetProperty("behandeldeadline").GetString(),
        a.TryGetProperty("volgendeEvaluatieUiterlijk", out var evaluatie) ? evaluatie.GetString() : "-",
        a.GetProperty("evaluatieVerlopen").GetBoolean(),
        a.GetProperty("versie").GetInt64());

    /// <summary>Follows volgendeCursor with pages of one, so paging itself is compared too.</summary>
    private async Task<List<JsonElement>> AllePaginasAsync(string pad, string token)
    {
        var alle = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var pagina = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{pad}?pageSize=1{(cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))}", token: token);
            alle.AddRange(pagina.GetProperty("arrangementen").EnumerateArray());
            cursor = pagina.TryGetProperty("volgendeCursor", out var volgende) ? volgende.GetString() : null;
        }
        while (cursor is not null);
        return alle;
    }
}
