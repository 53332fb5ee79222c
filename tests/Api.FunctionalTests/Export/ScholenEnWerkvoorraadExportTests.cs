using System.Globalization;
using System.Net;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests.Export;

/// <summary>
/// The schools list and "Mijn werkvoorraad" as files: the rows the screen shows (same search, filters and order), in
/// words and Dutch dates, for the roles that read the list; pupils in a werkvoorraad file are audited as an export.
/// The set-up has De Regenboog (12AB00, BAO, Noord, Stichting Test) and De Brug (34CD00, SBO).
/// </summary>
public class ScholenEnWerkvoorraadExportTests : ArrangementTest
{
    private const string Scholen = "/api/v1/scholen/export";
    private const string Werkvoorraad = Pad + "/werkvoorraad/export";

    [Test]
    public async Task The_schools_export_has_the_lists_filters_and_order_with_the_soort_and_bestuur_in_words()
    {
        await Verwacht(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/schoolbesturen", new { nummer = "41001", naam = "Stichting Eemland" });
        await Verwacht(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/scholen", new { vestiging = "12AB01", naam = "de Regenboog Zuid", soort = "BAO", schoolbestuur = "41001" });

        using var response = await Stuur(HttpMethod.Get, $"{Scholen}?soort=BAO&sorteer=-naam", token: Medewerker, accept: Exportbestand.Csv);

        var regels = await Exportbestand.CsvRegelsAsync(response, "scholen");
        regels.ShouldBe(
        [
            "Naam;Vestiging;Soort;Schoolbestuur;Bevoegd-gezagnummer;Regio;Lokaal netwerk",
            "de Regenboog Zuid;12AB01;Basisonderwijs;Stichting Eemland;41001;;",
            "De Regenboog;12AB00;Basisonderwijs;Stichting Test;41234;Noord;Noord-West",
        ]);
    }

    [Test]
    public async Task School_staff_export_the_schools_they_search_as_a_workbook()
    {
        using var response = await Stuur(HttpMethod.Get, $"{Scholen}?zoek=brug", token: IbEigen, accept: Exportbestand.Xlsx);

        var rijen = await Exportbestand.XlsxRijenAsync(response, "scholen");
        rijen.Count.ShouldBe(2, "the search applies: only De Brug");
        rijen[1][0].ShouldBe("De Brug");
        rijen[1][2].ShouldBe("Speciaal basisonderwijs");
    }

    [Test]
    public async Task A_school_name_that_looks_like_a_formula_is_text_in_both_formats()
    {
        await Verwacht(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/scholen", new { vestiging = "12AB02", naam = "=1+1", soort = "BAO", schoolbestuur = "41234" });

        using var csv = await Stuur(HttpMethod.Get, $"{Scholen}?zoek=12AB02", token: Medewerker, accept: Exportbestand.Csv);
        using var xlsx = await Stuur(HttpMethod.Get, $"{Scholen}?zoek=12AB02", token: Medewerker, accept: Exportbestand.Xlsx);

        (await Exportbestand.CsvRegelsAsync(csv, "scholen"))[1].ShouldStartWith("\"'=1+1\";12AB02;");
        var blad = await Exportbestand.BladXmlAsync(await xlsx.Content.ReadAsByteArrayAsync());
        blad.ShouldContain("=1+1");
        blad.ShouldNotContain("<f>");
    }

    [Test]
    public async Task More_schools_than_the_maximum_is_a_problem_and_a_narrower_search_is_not()
    {
        // The test API allows 10 rows (ApiFabriek); the two of the set-up and nine more make 11.
        for (var i = 1; i <= 9; i++)
        {
            await Verwacht(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/scholen", new { vestiging = $"56EF0{i}", naam = $"School {i}", soort = "BAO", schoolbestuur = "41234" });
        }

        var probleem = await ProbleemAsync(await Stuur(HttpMethod.Get, Scholen, token: Medewerker, accept: Exportbestand.Csv), 400);
        probleem.GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("te-veel-rijen");
        (await Exportbestand.CsvRegelsAsync(await Stuur(HttpMethod.Get, $"{Scholen}?soort=SBO", token: Medewerker, accept: Exportbestand.Csv), "scholen")).Length.ShouldBe(2);
    }

    [Test]
    public async Task The_schools_export_checks_its_filters_as_the_list_does()
    {
        var fouten = (await ProbleemAsync(await Stuur(HttpMethod.Get, $"{Scholen}?sorteer=plaats&bestuur=4100", token: Medewerker, accept: Exportbestand.Csv), 400))
            .GetProperty("errors").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToList();
        fouten.ShouldBe(["ongeldig-bestuur", "onbekende-sortering"], ignoreOrder: true);
    }

    [Test]
    public async Task The_national_beheerders_read_no_schools_and_export_none()
    {
        await Aanmelding.RegistreerAsync("register@register.nl", Rol.RegisterBeheerder);
        var register = await Aanmelding.AccessTokenAsync("register@register.nl");
        (await Stuur(HttpMethod.Get, Scholen, token: register, accept: Exportbestand.Csv)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task The_werkvoorraad_export_has_the_callers_own_lines_for_whom_why_and_by_when()
    {
        await VraagAanAsync();
        var scherm = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Pad}/werkvoorraad", token: Medewerker)).GetProperty("items")[0];
        var deadline = DateOnly.Parse(scherm.GetProperty("deadline").GetString()!, CultureInfo.InvariantCulture);

        using var response = await Stuur(HttpMethod.Get, Werkvoorraad, token: Medewerker, accept: Exportbestand.Csv);

        var regels = await Exportbestand.CsvRegelsAsync(response, "werkvoorraad");
        regels[0].ShouldBe("Voor;Leerling;Vestiging;Soort;Status;Reden;Deadline;Deadline verlopen");
        regels.Length.ShouldBe(2);
        regels[1].ShouldBe(
            $"Medewerker samenwerkingsverband;Sanne Test;12AB00;Onderwijsarrangement;Aangevraagd;{scherm.GetProperty("omschrijving").GetString()};" +
            $"{deadline.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)};nee");

        // The school's werkvoorraad is its own: nothing waits for the IB'er of the other school.
        (await Exportbestand.CsvRegelsAsync(await Stuur(HttpMethod.Get, Werkvoorraad, token: IbAnder, accept: Exportbestand.Csv), "werkvoorraad")).Length.ShouldBe(1);
    }

    [Test]
    public async Task The_werkvoorraad_as_a_workbook_has_a_real_date_and_every_pupil_in_it_is_audited_as_an_export()
    {
        await VraagAanAsync();

        var rijen = await Exportbestand.XlsxRijenAsync(await Stuur(HttpMethod.Get, Werkvoorraad, token: Medewerker, accept: Exportbestand.Xlsx), "werkvoorraad");

        rijen.Count.ShouldBe(2);
        rijen[1][6].ShouldBeOfType<DateTime>("a date cell, not text");
        var audit = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={LeerlingId}");
        audit.GetProperty("auditRegels").EnumerateArray()
            .Where(r => r.GetProperty("actie").GetString() == "exporteren")
            .Select(r => r.GetProperty("resourceSoort").GetString()).ShouldBe(["arrangement"]);
    }

    [Test]
    public async Task A_werkvoorraad_longer_than_the_maximum_is_a_problem()
    {
        // The test API allows 10 rows; Sanne and ten more requests make 11 lines for the medewerker.
        await VraagAanAsync();
        for (var i = 0; i < 10; i++)
        {
            await VraagAanAsync(await RegistreerLeerlingAsync($"Kind{i}", EigenVestiging, IbEigen));
        }

        var probleem = await ProbleemAsync(await Stuur(HttpMethod.Get, Werkvoorraad, token: Medewerker, accept: Exportbestand.Csv), 400);
        probleem.GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("te-veel-rijen");
    }

    [Test]
    public async Task Who_has_no_werkvoorraad_exports_none() =>
        (await Stuur(HttpMethod.Get, Werkvoorraad, token: Beheerder, accept: Exportbestand.Csv)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
}
