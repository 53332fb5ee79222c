using System.Net;
using System.Text;

namespace PassendOnderwijs.Api.FunctionalTests.Portfolio;

/// <summary>
/// The yearly evaluation of a regio's portfolio: the hours of the year per expertisegebied and school, the cases and
/// their outcomes, satisfaction; as a page for the SWV's staff with every figure, and for the regional board (the
/// files) without cells of fewer than 5 pupils.
/// </summary>
public partial class ExpertinzetTests
{
    private const string Evaluatie = "/api/v1/portfolio/regios/Noord/evaluaties";

    /// <summary>One closed inzet in regio Noord with 2.5 hours in 2026, its casus and its tevredenheidsonderzoek.</summary>
    private async Task AfgeslotenInzetMetUrenAsync()
    {
        var (id, etag) = await InRealiserenAsync(budget: 10m);
        (_, etag) = await DoeAsync(id, "uren", etag, new { datum = "2026-11-24", uren = 2, activiteit = "observatie" }, Expert);
        (_, etag) = await DoeAsync(id, "uren", etag, new { datum = "2026-11-24", uren = 0.5, activiteit = "verslag" }, Expert);
        (_, etag) = await DoeAsync(id, "fase", etag, new { naar = "evaluatie" }, Expert);
        await DoeAsync(id, "afsluiting", etag, new { resultaat = "doelen-behaald", advies = "Houd de rustige werkplek aan." }, Expert);
        await VerwerkOutboxAsync();
    }

    [Test]
    public async Task The_staff_page_shows_every_figure_of_the_year_and_marks_what_the_board_does_not_see()
    {
        await AfgeslotenInzetMetUrenAsync();

        var evaluatie = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Evaluatie}/2026", token: await ProcesbegeleiderAsync());

        (evaluatie.GetProperty("regio").GetString(), evaluatie.GetProperty("jaar").GetInt32(), evaluatie.GetProperty("voorBestuur").GetBoolean())
            .ShouldBe(("Noord", 2026, false));
        var uren = evaluatie.GetProperty("uren");
        (uren.GetProperty("leerlingen").GetInt32(), uren.GetProperty("uren").GetDecimal(), uren.GetProperty("klein").GetBoolean()).ShouldBe((1, 2.5m, true));
        var gebied = uren.GetProperty("perExpertisegebied").EnumerateArray().ShouldHaveSingleItem();
        (gebied.GetProperty("sleutel").GetString(), gebied.GetProperty("naam").GetString(), gebied.GetProperty("uren").GetDecimal()).ShouldBe(("gedrag", "Gedrag", 2.5m));
        uren.GetProperty("perSchool").EnumerateArray().ShouldHaveSingleItem().GetProperty("leerlingen").GetInt32().ShouldBe(1);

        var casuistiek = evaluatie.GetProperty("casuistiek");
        casuistiek.GetProperty("casussen").GetInt32().ShouldBe(1);
        var uitkomst = casuistiek.GetProperty("uitkomsten").EnumerateArray().ShouldHaveSingleItem();
        (uitkomst.GetProperty("sleutel").GetString(), uitkomst.GetProperty("aantal").GetInt32()).ShouldBe(("inzet-expert", 1));
        casuistiek.GetProperty("afgeslotenInzetten").EnumerateArray().ShouldHaveSingleItem().GetProperty("sleutel").GetString().ShouldBe("doelen-behaald");
        var tevredenheid = evaluatie.GetProperty("tevredenheid");
        (tevredenheid.GetProperty("verstuurd").GetInt32(), tevredenheid.GetProperty("beantwoord").GetInt32()).ShouldBe((1, 0));

        // Hours count in the year they were registered in: 2025 has none.
        var vorigJaar = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Evaluatie}/2025", token: await BeleidsmedewerkerAsync());
        vorigJaar.GetProperty("uren").GetProperty("leerlingen").GetInt32().ShouldBe(0);
        vorigJaar.GetProperty("uren").GetProperty("perSchool").GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task The_boards_version_and_its_files_leave_out_cells_of_fewer_than_5_pupils()
    {
        await AfgeslotenInzetMetUrenAsync();
        var manager = await ManagerOndersteuningAsync();

        var bestuur = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Evaluatie}/2026?voorBestuur=true", token: manager);
        bestuur.GetProperty("voorBestuur").GetBoolean().ShouldBeTrue();
        var uren = bestuur.GetProperty("uren");
        uren.TryGetProperty("leerlingen", out _).ShouldBeFalse();
        uren.TryGetProperty("uren", out _).ShouldBeFalse();
        var school = uren.GetProperty("perSchool").EnumerateArray().ShouldHaveSingleItem();
        (school.TryGetProperty("leerlingen", out _), school.GetProperty("klein").GetBoolean()).ShouldBe((false, true));
        bestuur.GetProperty("casuistiek").TryGetProperty("casussen", out _).ShouldBeFalse();

        using var csv = await Stuur(HttpMethod.Get, $"{Evaluatie}/2026/export", token: manager, accept: "text/csv");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentDisposition!.FileName!.ShouldContain("portfolio-evaluatie");
        var tekst = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        tekst.ShouldContain("Onderdeel;Onderwerp;Kengetal;Waarde;Toelichting");
        tekst.ShouldContain("Uren per expertisegebied;Gedrag;Uren;;verborgen: klein aantal leerlingen");
        tekst.ShouldNotContain("2,5", Case.Sensitive, "the hours of one pupil stay out of the board's file");

        using var pdf = await Stuur(HttpMethod.Get, $"{Evaluatie}/2026/export", token: manager, accept: "application/pdf");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        pdf.Content.Headers.ContentDisposition!.FileName!.ShouldBe("portfolio-evaluatie-Noord-2026.pdf");
        Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..5]).ShouldBe("%PDF-");
    }

    [Test]
    public async Task Only_the_portfolio_functies_read_the_evaluation_of_a_regio_and_year_that_exist()
    {
        var pb = await ProcesbegeleiderAsync();

        using (var jaar = await Stuur(HttpMethod.Get, $"{Evaluatie}/twintig", token: pb))
        {
            (await ProbleemAsync(jaar, 400)).GetProperty("errors").EnumerateArray().ShouldHaveSingleItem().GetProperty("code").GetString().ShouldBe("ongeldig-jaar");
        }

        await ProbleemAsync(await Stuur(HttpMethod.Get, "/api/v1/portfolio/regios/Atlantis/evaluaties/2026", token: pb), 404);
        await ProbleemAsync(await Stuur(HttpMethod.Get, $"{Evaluatie}/2026", token: IbEigen), 403);
        await ProbleemAsync(await Stuur(HttpMethod.Get, $"{Evaluatie}/2026/export", token: Expert, accept: "application/pdf"), 403);
    }
}
