using System.Net;
using System.Text;

namespace PassendOnderwijs.Api.FunctionalTests.Export;

/// <summary>Every list exports through one mechanism: all matching rows, as CSV or XLSX, for SWV staff only, audited per pupil.</summary>
public class ExportTests : ArrangementTest
{
    private const string Xlsx = Exportbestand.Xlsx;
    private static readonly string Vandaag = Exportbestand.Vandaag;

    [Test]
    public async Task The_arrangementen_export_is_a_Dutch_CSV_with_labels_and_dates_as_the_overview_filters_them()
    {
        var (eerste, etag) = await VraagAanAsync();
        await MaakActiefAsync(eerste, etag, "PO2705-2026-0001");
        await VraagAanAsync();

        using var response = await Stuur(HttpMethod.Get, $"{Pad}/export?status=actief", token: Medewerker, accept: "text/csv");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileName.ShouldBe($"arrangementen-{Vandaag}.csv");
        response.Headers.ETag.ShouldBeNull();
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble(), "a byte order mark, so Excel reads UTF-8");
        var regels = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        regels[0].ShouldBe("Leerling;Vestiging;Soort;Status;Ingangsdatum;Einddatum;Besluit uiterlijk;Evaluatie uiterlijk;Evaluatie te laat");
        regels.Length.ShouldBe(2, "only the active one: the overview's filters apply");
        regels[1].ShouldBe("Sanne Test;12AB00;Onderwijsarrangement;Actief;01-11-2026;15-07-2027;05-01-2027;10-05-2027;nee");
    }

    [Test]
    public async Task The_pupil_export_as_XLSX_has_string_cells_and_real_dates()
    {
        using var response = await Stuur(HttpMethod.Get, "/api/v1/leerlingen/export", token: Medewerker, accept: Xlsx);

        var rijen = await Exportbestand.XlsxRijenAsync(response, "leerlingen");

        rijen[0].ShouldBe(["Achternaam", "Voornaam", "Geboortedatum", "Vestiging", "Groep"]);
        rijen.Count.ShouldBe(2);
        rijen[1][1].ShouldBe("Sanne");
        rijen[1][2].ShouldBe(new DateTime(2017, 5, 1), "a date cell, not text");
    }

    [Test]
    public async Task A_value_that_looks_like_a_formula_is_text_in_both_formats()
    {
        await RegistreerLeerlingAsync("=HYPERLINK(\"http://x\")", EigenVestiging, IbEigen);

        using var csv = await Stuur(HttpMethod.Get, "/api/v1/leerlingen/export", token: Medewerker, accept: "text/csv");
        using var xlsx = await Stuur(HttpMethod.Get, "/api/v1/leerlingen/export", token: Medewerker, accept: Xlsx);

        (await csv.Content.ReadAsStringAsync()).ShouldContain(";\"'=HYPERLINK(\"\"http://x\"\")\";");
        var blad = await Exportbestand.BladXmlAsync(await xlsx.Content.ReadAsByteArrayAsync());
        blad.ShouldContain("=HYPERLINK(&quot;http://x&quot;)");
        blad.ShouldNotContain("<f>");
    }

    [Test]
    public async Task Every_exported_pupil_is_in_the_audit_log_as_an_export()
    {
        var daan = await RegistreerLeerlingAsync("Daan", EigenVestiging, IbEigen);
        await VraagAanAsync(daan);

        (await Stuur(HttpMethod.Get, $"{Pad}/export", token: Medewerker, accept: "text/csv")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Stuur(HttpMethod.Get, "/api/v1/leerlingen/export", token: Medewerker, accept: "text/csv")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var audit = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={daan}");
        var exports = audit.GetProperty("auditRegels").EnumerateArray()
            .Where(r => r.GetProperty("actie").GetString() == "exporteren").Select(r => r.GetProperty("resourceSoort").GetString()).ToList();
        exports.ShouldBe(["leerling", "arrangement"], ignoreOrder: true);
    }

    [TestCase("/api/v1/arrangementen/export")]
    [TestCase("/api/v1/leerlingen/export")]
    public async Task School_staff_and_experts_may_not_export_pupil_lists(string pad)
    {
        (await Stuur(HttpMethod.Get, pad, token: IbEigen, accept: "text/csv")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Stuur(HttpMethod.Get, pad, token: Expert, accept: "text/csv")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task More_rows_than_the_maximum_is_a_problem_that_asks_for_narrower_filters()
    {
        // The test API allows 10 rows (ApiFabriek); Sanne and ten more make 11.
        foreach (var naam in new[] { "Daan", "Fenna", "Gijs", "Hanna", "Ilse", "Joost", "Kees", "Lotte", "Milan", "Noor" })
        {
            await RegistreerLeerlingAsync(naam, EigenVestiging, IbEigen);
        }

        var probleem = await ProbleemAsync(await Stuur(HttpMethod.Get, "/api/v1/leerlingen/export", token: Medewerker, accept: Xlsx), 400);

        probleem.GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("te-veel-rijen");
        (await Stuur(HttpMethod.Get, $"/api/v1/leerlingen/export?vestiging={AndereVestiging}", token: Medewerker, accept: "text/csv")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task An_export_is_CSV_or_XLSX_never_JSON_and_its_filters_are_checked()
    {
        (await Stuur(HttpMethod.Get, $"{Pad}/export", token: Medewerker, accept: "application/json")).StatusCode.ShouldBe(HttpStatusCode.NotAcceptable);
        var fout = await ProbleemAsync(await Stuur(HttpMethod.Get, $"{Pad}/export?status=onbekend&vestiging=x", token: Medewerker, accept: "text/csv"), 400);
        fout.GetProperty("errors").GetArrayLength().ShouldBe(2);
    }

    [Test]
    public async Task The_beheerder_exports_accounts_and_koppelingen_in_words_never_a_secret()
    {
        await Verwacht(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/koppelingen", new { naam = "ParnasSys", scopes = new[] { "leerlingen.lezen" }, vestigingen = new[] { EigenVestiging } });

        using var accounts = await Stuur(HttpMethod.Get, "/api/v1/gebruikers/export", accept: "text/csv");
        using var koppelingen = await Stuur(HttpMethod.Get, "/api/v1/koppelingen/export", accept: "text/csv");

        accounts.StatusCode.ShouldBe(HttpStatusCode.OK, await accounts.Content.ReadAsStringAsync());
        accounts.Content.Headers.ContentDisposition!.FileName.ShouldBe($"accounts-{Vandaag}.csv");
        var regels = (await accounts.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        regels[0].ShouldBe("Naam;E-mailadres;Rol;Scholen;Status");
        regels.ShouldContain(r => r.EndsWith(";ib@regenboog.nl;Medewerker school (IB'er/KC);12AB00;Actief", StringComparison.Ordinal));
        var koppeling = (await koppelingen.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        koppeling[0].ShouldBe("Naam;Client-id;Mag;Scholen;Inloggen met");
        koppeling[1].ShouldStartWith("ParnasSys;k-");
        koppeling[1].ShouldEndWith(";Leerlingen lezen;12AB00;Geheim (client secret)");
    }

    [TestCase("/api/v1/gebruikers/export")]
    [TestCase("/api/v1/koppelingen/export")]
    public async Task Only_the_beheerder_exports_accounts_and_koppelingen(string pad) =>
        (await Stuur(HttpMethod.Get, pad, token: Medewerker, accept: Xlsx)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
}
