using System.Net;
using System.Text.Json;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests.Portfolio;

/// <summary>
/// Samenwerkingsprojecten per regio (the clock stands at 24 november 2026): a plan for 2027 needs no reason, one for
/// 2026 is a correction with a reason; the yearly evaluation; the regio's schools read them, others do not.
/// </summary>
public class SamenwerkingsprojectTests : ArrangementTest
{
    private const string Projecten = "/api/v1/samenwerkingsprojecten";

    private static object Project(int jaar = 2027, string regio = "Noord", string? correctie = null) => new
    {
        regio, titel = "Jonge kind in de wijk", doel = "Vroeg signaleren met de kinderopvang.", partners = new[] { "GGD Noord", "Kinderopvang De Vlinder" },
        jaar, projectplan = "Vier bijeenkomsten en een gedeelde werkwijze.", begroting = 25_000m, correctie,
    };

    private static List<string> Codes(JsonElement probleem) =>
        probleem.GetProperty("errors").EnumerateArray().Select(f => f.GetProperty("code").GetString()!).ToList();

    [Test]
    public async Task A_plan_is_recorded_before_its_year_or_as_a_correction_and_evaluated_yearly()
    {
        using (var fout = await Stuur(HttpMethod.Post, Projecten, Project(jaar: 2026, regio: "Oost"), await BeleidsmedewerkerAsync()))
        {
            Codes(await ProbleemAsync(fout, 400)).ShouldBe(["onbekende-regio", "jaar-begonnen"], ignoreOrder: true);
        }

        var correctie = await Verwacht(HttpStatusCode.Created, HttpMethod.Post, Projecten, Project(jaar: 2026, correctie: "Plan kwam pas in januari rond."), await BeleidsmedewerkerAsync());
        correctie.GetProperty("gecorrigeerd").GetBoolean().ShouldBeTrue();
        correctie.GetProperty("geschiedenis")[0].GetProperty("toelichting").GetString().ShouldBe("Plan kwam pas in januari rond.");

        using var nieuw = await Stuur(HttpMethod.Post, Projecten, Project(), await BeleidsmedewerkerAsync());
        nieuw.StatusCode.ShouldBe(HttpStatusCode.Created, await nieuw.Content.ReadAsStringAsync());
        var id = (await JsonAsync(nieuw)).GetProperty("id").GetGuid();
        var etag = nieuw.Headers.ETag!.Tag;

        var evaluatie = new { jaar = 2027, voortgang = "Op schema.", resultaten = "Twee scholen doen mee.", toegevoegdeWaarde = "Korte lijnen.", besteed = 12_000m };
        using (var zonder = await Stuur(HttpMethod.Post, $"{Projecten}/{id}/evaluaties", evaluatie, await BeleidsmedewerkerAsync()))
        {
            zonder.StatusCode.ShouldBe((HttpStatusCode)428);
        }

        using (var tevroeg = await StapOpAsync($"{Projecten}/{id}/evaluaties", etag, evaluatie, await BeleidsmedewerkerAsync()))
        {
            Codes(await ProbleemAsync(tevroeg, 400)).ShouldBe(["ongeldig-evaluatiejaar"], "2027 has not begun");
        }

        var correctieId = correctie.GetProperty("id").GetGuid();
        var (_, correctieEtag) = await HaalProjectOpAsync(correctieId);
        using var geevalueerd = await StapOpAsync(
            $"{Projecten}/{correctieId}/evaluaties", correctieEtag, new { jaar = 2026, voortgang = "Gestart.", resultaten = "Plan klaar.", toegevoegdeWaarde = "Partners kennen elkaar.", besteed = 4_000m }, await BeleidsmedewerkerAsync());
        geevalueerd.StatusCode.ShouldBe(HttpStatusCode.OK, await geevalueerd.Content.ReadAsStringAsync());
        var project = await JsonAsync(geevalueerd);
        project.GetProperty("evaluaties").EnumerateArray().Select(e => (e.GetProperty("jaar").GetInt32(), e.GetProperty("besteed").GetDecimal())).ShouldBe([(2026, 4_000m)]);
        project.GetProperty("geschiedenis").EnumerateArray().Select(g => g.GetProperty("actie").GetString()).ShouldBe(["plan-gecorrigeerd", "geevalueerd"]);
    }

    [Test]
    public async Task School_staff_read_the_projects_of_their_schools_regio_only_and_change_none()
    {
        var id = (await Verwacht(HttpStatusCode.Created, HttpMethod.Post, Projecten, Project(), await BeleidsmedewerkerAsync())).GetProperty("id").GetGuid();

        // De Regenboog lies in regio Noord; De Brug names no regio.
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Projecten}?regio=Noord", token: IbEigen)).GetProperty("projecten").GetArrayLength().ShouldBe(1);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Projecten}/{id}", token: IbEigen)).GetProperty("titel").GetString().ShouldBe("Jonge kind in de wijk");
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Projecten, token: IbAnder)).GetProperty("projecten").GetArrayLength().ShouldBe(0);
        (await Stuur(HttpMethod.Get, $"{Projecten}/{id}", token: IbAnder)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Stuur(HttpMethod.Get, Projecten, token: Expert)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await StapOpAsync($"{Projecten}/{id}", "\"1\"", Project(), IbEigen, HttpMethod.Put)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task<(JsonElement Project, string Etag)> HaalProjectOpAsync(Guid id)
    {
        using var response = await Stuur(HttpMethod.Get, $"{Projecten}/{id}", token: Medewerker);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await JsonAsync(response), response.Headers.ETag!.Tag);
    }
}
