using System.Net;
using PassendOnderwijs.Api.FunctionalTests.Begeleidingsaanbod;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests.Export;

/// <summary>
/// The register as a file: the aanbieders the search finds, in its order, the expertises by name and the dates in
/// Dutch, for the people who read the register (not a LAS, which keeps its own copy, nor the platform-beheerder).
/// </summary>
public class AanbiederExportTests : AanbiederTest
{
    private const string Export = Pad + "/export";

    [Test]
    public async Task The_export_has_the_searchs_aanbieders_in_its_order_with_the_expertises_by_name()
    {
        await RegistreerAsync("300A001", 1, AanbiederVoorbeeld.Aanbod());
        await RegistreerAsync("300A002", 1, AanbiederVoorbeeld.Aanbod(), AanbiederVoorbeeld.Aanbod("VISUEEL_MEERVOUDIG_BEPERKT"));
        await RegistreerAsync("300A003");

        using var response = await Stuur(HttpMethod.Get, $"{Export}?expertise=VISUELE_BEPERKINGEN&sorteer=-code", accept: Exportbestand.Csv);

        var regels = await Exportbestand.CsvRegelsAsync(response, "aanbieders");
        regels[0].ShouldBe("Code;Naam;Internationale naam;Cluster;Expertises;In bedrijf vanaf;Laatste dag in bedrijf;Beheerd door");
        regels[1..].ShouldBe(
        [
            "300A002;Aanbieder 300A002;;1;Visueel meervoudig beperkt, Visuele beperkingen;01-08-2020;;PO2705",
            "300A001;Aanbieder 300A001;;1;Visuele beperkingen;01-08-2020;;PO2705",
        ]);
    }

    [Test]
    public async Task An_expert_exports_a_search_by_name_as_a_workbook_with_numbers_and_dates()
    {
        await Aanmelding.RegistreerAsync("expert@swv.nl", Rol.Expert);
        var expert = await Aanmelding.AccessTokenAsync("expert@swv.nl");
        await RegistreerAsync("300A001");
        using (var registratie = await Stuur(HttpMethod.Post, Pad, AanbiederVoorbeeld.Registratie("300A009", "Kentalis Zuid")))
        {
            registratie.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var rijen = await Exportbestand.XlsxRijenAsync(await Stuur(HttpMethod.Get, $"{Export}?naam=kentalis", token: expert, accept: Exportbestand.Xlsx), "aanbieders");

        rijen.Count.ShouldBe(2, "the name search applies");
        rijen[1][1].ShouldBe("Kentalis Zuid");
        rijen[1][3].ShouldBe(1d, "the cluster is a number cell");
        rijen[1][5].ShouldBe(new DateTime(2020, 8, 1), "a date cell, not text");
    }

    [Test]
    public async Task A_name_that_looks_like_a_formula_is_text_in_both_formats()
    {
        using (var registratie = await Stuur(HttpMethod.Post, Pad, AanbiederVoorbeeld.Registratie("300A001", "@SUM(A1:A9)")))
        {
            registratie.StatusCode.ShouldBe(HttpStatusCode.Created, await registratie.Content.ReadAsStringAsync());
        }

        using var csv = await Stuur(HttpMethod.Get, Export, accept: Exportbestand.Csv);
        using var xlsx = await Stuur(HttpMethod.Get, Export, accept: Exportbestand.Xlsx);

        (await Exportbestand.CsvRegelsAsync(csv, "aanbieders"))[1].ShouldStartWith("300A001;\"'@SUM(A1:A9)\";");
        var blad = await Exportbestand.BladXmlAsync(await xlsx.Content.ReadAsByteArrayAsync());
        blad.ShouldContain("@SUM(A1:A9)");
        blad.ShouldNotContain("<f>");
    }

    [Test]
    public async Task More_aanbieders_than_the_maximum_is_a_problem_and_a_narrower_search_is_not()
    {
        // The test API allows 10 rows (ApiFabriek).
        for (var i = 10; i <= 20; i++)
        {
            await RegistreerAsync($"300A0{i}");
        }

        var probleem = await ProbleemAsync(await Stuur(HttpMethod.Get, Export, accept: Exportbestand.Csv), 400);
        probleem.GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("te-veel-rijen");
        (await Exportbestand.CsvRegelsAsync(await Stuur(HttpMethod.Get, $"{Export}?naam=300A020", accept: Exportbestand.Csv), "aanbieders")).Length.ShouldBe(2);
    }

    [Test]
    public async Task The_export_checks_its_search_as_the_list_does()
    {
        var fouten = (await ProbleemAsync(await Stuur(HttpMethod.Get, $"{Export}?cluster=7&sorteer=plaats&expertise=ONBEKEND_X", accept: Exportbestand.Csv), 400))
            .GetProperty("errors").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToList();
        fouten.ShouldContain("ongeldig-cluster");
        fouten.ShouldContain("onbekende-sortering");
    }

    [Test]
    public async Task The_platform_beheerder_has_no_part_in_the_register_and_exports_nothing_of_it()
    {
        await Aanmelding.RegistreerAsync("platform@platform.nl", Rol.PlatformBeheerder);
        var platform = await Aanmelding.AccessTokenAsync("platform@platform.nl");
        (await Stuur(HttpMethod.Get, Export, token: platform, accept: Exportbestand.Csv)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
