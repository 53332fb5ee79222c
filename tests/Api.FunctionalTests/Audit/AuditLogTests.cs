using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PassendOnderwijs.Api.FunctionalTests.Contract;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests.Audit;

/// <summary>The audit log records who did what, when, from where and why; it can be read and exported, never altered.</summary>
public class AuditLogTests : BeheerderTest
{
    private static readonly string[] AanbiedersLezen = ["aanbieders.lezen"];
    [Test]
    public async Task A_change_is_recorded_with_who_what_when_where_and_why()
    {
        var clientId = await RegistreerKoppelingAsync("ParnasSys");

        var regel = (await RegelsAsync($"?actor={BeheerderId}")).Single(r => r.GetProperty("actie").GetString() == "aanmaken");

        regel.GetProperty("actorSoort").GetString().ShouldBe("gebruiker");
        regel.GetProperty("actor").GetString().ShouldBe(BeheerderId.ToString());
        regel.GetProperty("actorNaam").GetString().ShouldBe("Test SwvBeheerder");
        regel.GetProperty("resourceSoort").GetString().ShouldBe("koppeling");
        regel.GetProperty("resourceId").GetString().ShouldBe(clientId);
        regel.GetProperty("doel").GetString().ShouldNotBeNullOrWhiteSpace();
        regel.GetProperty("traceId").GetString().ShouldNotBeNullOrWhiteSpace();
        regel.GetProperty("op").GetDateTimeOffset().ShouldBe(PassendOnderwijs.TestSupport.VasteKlok.Standaard);
    }

    [Test]
    public async Task A_refused_change_leaves_no_record()
    {
        using var response = await Stuur(HttpMethod.Post, "/api/v1/koppelingen", new { naam = "", scopes = AanbiedersLezen });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var regels = await RegelsAsync($"?actor={BeheerderId}");

        regels.ShouldNotContain(r => r.GetProperty("resourceSoort").GetString() == "koppeling");
    }

    [Test]
    public async Task Reading_the_audit_log_is_itself_recorded_and_pages_follow_the_Link_header()
    {
        await RegistreerKoppelingAsync("A");
        await RegistreerKoppelingAsync("B");
        await RegistreerKoppelingAsync("C");

        using var eerste = await Stuur(HttpMethod.Get, $"/api/v1/auditregels?actor={BeheerderId}&pageSize=2");
        var link = eerste.Headers.GetValues("Link").Single();
        var volgende = link[1..link.IndexOf('>', StringComparison.Ordinal)];
        using var tweede = await Stuur(HttpMethod.Get, volgende);

        var eerstePagina = (await JsonAsync(eerste)).GetProperty("auditRegels").EnumerateArray().ToList();
        var tweedePagina = (await JsonAsync(tweede)).GetProperty("auditRegels").EnumerateArray().ToList();
        eerstePagina.Count.ShouldBe(2);
        eerstePagina.Concat(tweedePagina).Select(r => r.GetProperty("resourceSoort").GetString())
            .Count(s => s == "koppeling").ShouldBe(3);
        tweedePagina.ShouldContain(r => r.GetProperty("resourceSoort").GetString() == "auditlog" || r.GetProperty("actie").GetString() == "aanmaken");
        var alles = await RegelsAsync($"?actor={BeheerderId}&pageSize=100");
        alles.Count(r => r.GetProperty("resourceSoort").GetString() == "auditlog").ShouldBeGreaterThanOrEqualTo(2);
    }

    [Test]
    public async Task The_log_narrows_to_one_resource_kind_and_a_range_of_Dutch_days()
    {
        await RegistreerKoppelingAsync("ParnasSys");
        await RegelsAsync($"?actor={BeheerderId}"); // an auditlog record, of another kind
        var dag = PassendOnderwijs.TestSupport.VasteKlok.Standaard.ToOffset(TimeSpan.FromHours(1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var volgendeDag = PassendOnderwijs.TestSupport.VasteKlok.Standaard.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var koppelingen = await RegelsAsync($"?actor={BeheerderId}&resourceSoort=koppeling&van={dag}&tot={dag}");
        var later = await RegelsAsync($"?actor={BeheerderId}&resourceSoort=koppeling&van={volgendeDag}");
        var eerder = await RegelsAsync($"?actor={BeheerderId}&resourceSoort=koppeling&tot=2026-01-01");

        koppelingen.Count.ShouldBe(1);
        koppelingen[0].GetProperty("resourceSoort").GetString().ShouldBe("koppeling");
        later.ShouldBeEmpty();
        eerder.ShouldBeEmpty();
    }

    [Test]
    public async Task A_range_that_ends_before_it_starts_is_refused_in_the_log_and_the_export()
    {
        using var lijst = await Stuur(HttpMethod.Get, "/api/v1/auditregels?van=2026-11-24&tot=2026-11-23");
        using var export = await Stuur(HttpMethod.Get, $"/api/v1/auditregels/export?actor={BeheerderId}&van=2026-11-24&tot=2026-11-23", accept: "text/csv");

        (await ProbleemAsync(lijst, 400)).GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("omgekeerde-periode");
        (await ProbleemAsync(export, 400)).GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("omgekeerde-periode");
    }

    [Test]
    public async Task An_export_narrows_to_one_resource_kind()
    {
        await RegistreerKoppelingAsync("ParnasSys");
        await RegelsAsync($"?actor={BeheerderId}");

        using var export = await Stuur(HttpMethod.Get, $"/api/v1/auditregels/export?actor={BeheerderId}&resourceSoort=koppeling", accept: "text/csv");

        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        var regels = (await export.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        regels.Length.ShouldBe(2);
        regels[1].ShouldContain(";koppeling;");
    }

    [Test]
    public async Task Another_samenwerkingsverband_sees_none_of_it()
    {
        await RegistreerKoppelingAsync("ParnasSys");
        await Aanmelding.RegistreerInAsync("VO2301", "beheer@vo.nl", Rol.SwvBeheerder);
        var ander = await Aanmelding.AccessTokenAsync("beheer@vo.nl");

        using var response = await Stuur(HttpMethod.Get, $"/api/v1/auditregels?actor={BeheerderId}", token: ander);

        (await JsonAsync(response)).GetProperty("auditRegels").EnumerateArray().ShouldBeEmpty();
    }

    [Test]
    public async Task An_export_is_CSV_that_no_spreadsheet_runs_as_a_formula()
    {
        var schurkId = await Aanmelding.RegistreerInAsync("PO2705", "schurk@swv.nl", Rol.SwvBeheerder);
        var schurk = await Aanmelding.AccessTokenAsync("schurk@swv.nl");
        using (var r = await Stuur(HttpMethod.Post, "/api/v1/koppelingen", new { naam = "X", scopes = AanbiedersLezen }, schurk))
        {
            r.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        using var export = await Stuur(HttpMethod.Get, $"/api/v1/auditregels/export?actor={schurkId}", accept: "text/csv");

        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var regels = (await export.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        regels[0].ShouldStartWith("Tijdstip;Soort actor;Actor;");
        regels.Length.ShouldBe(2);
        regels[1].ShouldContain(schurkId.ToString());
    }

    [Test]
    public async Task An_export_needs_a_pupil_or_an_actor()
    {
        using var response = await Stuur(HttpMethod.Get, "/api/v1/auditregels/export", accept: "text/csv");

        var probleem = await ProbleemAsync(response, 400);
        probleem.GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("filter-vereist");
    }

    [TestCase("UPDATE audit_regel SET doel = 'weggepoetst'")]
    [TestCase("DELETE FROM audit_regel")]
    [TestCase("TRUNCATE audit_regel")]
    public async Task The_database_itself_refuses_to_change_or_remove_a_record(string sql)
    {
        await RegistreerKoppelingAsync("ParnasSys");
        // As the owner, who has the rights the application role lacks (DatabaseRolTests): the triggers still refuse.
        await using var connectie = new NpgsqlConnection(TestOmgeving.Database.Eigenaar);
        await connectie.OpenAsync();
        await using var opdracht = new NpgsqlCommand(sql, connectie);

        var fout = await Should.ThrowAsync<PostgresException>(() => opdracht.ExecuteNonQueryAsync());

        fout.MessageText.ShouldContain("append-only");
    }

    [Test]
    public async Task No_operation_of_the_API_can_alter_or_remove_a_record()
    {
        await RegistreerKoppelingAsync("ParnasSys");
        var voor = await AlleRegelsAsync();

        foreach (var operatie in Contractbestand.OperatiesMetDetails())
        {
            using var _ = await Stuur(new HttpMethod(operatie.Methode.ToUpperInvariant()), operatie.Url(), operatie.HeeftInhoud ? new { } : null);
        }

        foreach (var methode in new[] { HttpMethod.Put, HttpMethod.Patch, HttpMethod.Delete, HttpMethod.Post })
        {
            using var response = await Stuur(methode, "/api/v1/auditregels", new { });
            ((int)response.StatusCode).ShouldBeOneOf(405, 415);
        }

        Contractbestand.OperatiesMetDetails().Where(o => o.Pad.StartsWith("/auditregels", StringComparison.Ordinal))
            .ShouldAllBe(o => o.Methode == "get");
        var na = await AlleRegelsAsync();
        voor.ShouldNotBeEmpty();
        voor.ShouldAllBe(regel => na.Contains(regel));
    }

    private static async Task<List<string>> AlleRegelsAsync()
    {
        await using var connectie = new NpgsqlConnection(TestOmgeving.Database.Verbinding);
        await connectie.OpenAsync();
        await using var opdracht = new NpgsqlCommand("SELECT row_to_json(a)::text FROM audit_regel a ORDER BY id", connectie);
        await using var lezer = await opdracht.ExecuteReaderAsync();
        var regels = new List<string>();
        while (await lezer.ReadAsync())
        {
            regels.Add(lezer.GetString(0));
        }

        return regels;
    }

    private async Task<string> RegistreerKoppelingAsync(string naam)
    {
        using var response = await Stuur(HttpMethod.Post, "/api/v1/koppelingen", new { naam, scopes = AanbiedersLezen });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await JsonAsync(response)).GetProperty("koppeling").GetProperty("clientId").GetString()!;
    }

    private async Task<List<JsonElement>> RegelsAsync(string query)
    {
        using var response = await Stuur(HttpMethod.Get, "/api/v1/auditregels" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await JsonAsync(response)).GetProperty("auditRegels").EnumerateArray().ToList();
    }
}
