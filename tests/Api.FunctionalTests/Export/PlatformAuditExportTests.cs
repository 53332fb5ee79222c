using System.Net;
using System.Net.Http.Headers;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Api.FunctionalTests.Platform;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests.Export;

/// <summary>
/// The platform's audit log as a file: the records the screen lists (newest first, optionally of one actor), for the
/// platform-beheerder only; the export itself is recorded in that log.
/// </summary>
public class PlatformAuditExportTests : PlatformTest
{
    private const string Export = "/api/v1/platform-auditregels/export";

    [Test]
    public async Task The_export_has_the_screens_records_of_one_actor_newest_first_and_is_itself_recorded()
    {
        var platform = await PlatformAsync();
        var platformId = (await JsonAsync(await StuurAsync(HttpMethod.Get, "/api/v1/ik", platform))).GetProperty("id").GetString();
        (await StuurAsync(HttpMethod.Post, "/api/v1/platform-gebruikers", platform, new { email = "rik@register.nl", naam = "Rik Register", rol = "register-beheerder" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await StuurAsync(HttpMethod.Post, "/api/v1/platform-gebruikers", platform, new { email = "ria@register.nl", naam = "Ria Register", rol = "register-beheerder" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var scherm = (await JsonAsync(await StuurAsync(HttpMethod.Get, $"/api/v1/platform-auditregels?actor={platformId}&pageSize=100", platform)))
            .GetProperty("auditRegels").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();

        var regels = await Exportbestand.CsvRegelsAsync(await ExporteerAsync(platform, $"?actor={platformId}", Exportbestand.Csv), "platform-auditlog");

        regels[0].ShouldBe("Tijdstip;Soort actor;Actor;Naam actor;Namens;Actie;Soort gegevens;Gegevens;Leerling;Doel;Herkomst;Trace-id;Regel-id");
        // The screen's read and the export are records too; the others are the screen's list, in its order.
        regels[1..].Select(r => r.Split(';')[^1]).Where(scherm.Contains).ShouldBe(scherm);
        regels.Length.ShouldBeGreaterThan(scherm.Count);
        regels[1..].ShouldAllBe(r => r.Split(';')[2] == platformId);
        var daarna = await JsonAsync(await StuurAsync(HttpMethod.Get, $"/api/v1/platform-auditregels?actor={platformId}&pageSize=100", platform));
        daarna.GetProperty("auditRegels").EnumerateArray().Select(r => r.GetProperty("actie").GetString()).ShouldContain("exporteren");
    }

    [Test]
    public async Task As_a_workbook_the_moment_is_a_real_date_cell()
    {
        var platform = await PlatformAsync();
        (await StuurAsync(HttpMethod.Post, "/api/v1/platform-gebruikers", platform, new { email = "rik@register.nl", naam = "Rik Register", rol = "register-beheerder" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var rijen = await Exportbestand.XlsxRijenAsync(await ExporteerAsync(platform, string.Empty, Exportbestand.Xlsx), "platform-auditlog");

        rijen.Count.ShouldBeGreaterThan(1);
        rijen[1][0].ShouldBeOfType<DateTime>();
        rijen.Skip(1).Select(r => r[5]).ShouldContain("aanmaken");
    }

    [Test]
    public async Task More_records_than_the_maximum_is_a_problem_and_one_actor_is_not()
    {
        var platform = await PlatformAsync();

        // Every read of the log is a record of its own; the test API allows 10 rows (ApiFabriek).
        for (var i = 0; i < 11; i++)
        {
            (await StuurAsync(HttpMethod.Get, "/api/v1/platform-auditregels", platform)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var probleem = await ProbleemAsync(await ExporteerAsync(platform, string.Empty, Exportbestand.Csv), 400);
        probleem.GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("te-veel-rijen");
        (await Exportbestand.CsvRegelsAsync(await ExporteerAsync(platform, "?actor=niemand", Exportbestand.Csv), "platform-auditlog")).Length.ShouldBe(1);
    }

    [Test]
    public async Task Only_the_platform_beheerder_exports_the_platforms_log()
    {
        await PlatformAsync();
        await Aanmelding.RegistreerAsync("rik@register.nl", Rol.RegisterBeheerder);
        await Aanmelding.RegistreerAsync("beheer@swv.nl", Rol.SwvBeheerder);

        (await ExporteerAsync(await Aanmelding.AccessTokenAsync("rik@register.nl"), string.Empty, Exportbestand.Csv)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ExporteerAsync(await Aanmelding.AccessTokenAsync("beheer@swv.nl"), string.Empty, Exportbestand.Csv)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task<HttpResponseMessage> ExporteerAsync(string token, string query, string accept)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, Export + query);
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        verzoek.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return await Client.SendAsync(verzoek);
    }
}
