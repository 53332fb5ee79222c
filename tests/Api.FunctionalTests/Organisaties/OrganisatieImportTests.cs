using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Api.FunctionalTests.Organisaties;

/// <summary>
/// The import of schoolbesturen and scholen from a CSV or XLSX file: a dry run that reports and changes nothing, a real
/// run that applies all or nothing, idempotence, and a clear report for every kind of bad file.
/// </summary>
public class OrganisatieImportTests : BeheerderTest
{
    private const string Pad = "/api/v1/organisaties/import";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Kop = "bevoegd-gezagnummer;bestuursnaam;brin;vestigingsnummer;schoolnaam;soort;regio;lokaal netwerk\r\n";

    private static string VoorbeeldCsvPad => Path.Combine(Repository.Root, "docs", "voorbeelden", "organisaties.csv");

    private static string VoorbeeldXlsxPad => Path.Combine(Repository.Root, "docs", "voorbeelden", "organisaties.xlsx");

    [SetUp]
    public async Task RichtSamenwerkingsverbandInAsync()
    {
        // The platform registers the samenwerkingsverband; its beheerder sets up the indeling on that version.
        var versie = await Platform.Tenants.RegistreerAsync();
        using var verzoek = new HttpRequestMessage(HttpMethod.Put, "/api/v1/samenwerkingsverband");
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Beheerder);
        verzoek.Headers.TryAddWithoutValidation("If-Match", $"\"{versie}\"");
        verzoek.Content = System.Net.Http.Json.JsonContent.Create(new
        {
            naam = "SWV Import",
            regios = new[]
            {
                new { naam = "Noord", lokaleNetwerken = new[] { "Noord-West", "Noord-Oost" } },
                new { naam = "Midden", lokaleNetwerken = new[] { "Centrum", "Midden-Oost" } },
                new { naam = "Zuid", lokaleNetwerken = new[] { "Zuid-West", "Zuid-Oost" } },
            },
        });
        using var response = await Client.SendAsync(verzoek);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task The_example_file_is_reported_in_a_dry_run_then_applied_and_a_second_import_changes_nothing()
    {
        var csv = await File.ReadAllBytesAsync(VoorbeeldCsvPad);

        using var proef = await Importeer(csv, "text/csv", proefrun: true);
        proef.StatusCode.ShouldBe(HttpStatusCode.OK);
        var verslag = await JsonAsync(proef);
        verslag.GetProperty("proefrun").GetBoolean().ShouldBeTrue();
        Telling(verslag, "schoolbesturen").ShouldBe((30, 0, 0));
        Telling(verslag, "scholen").ShouldBe((300, 0, 0));
        verslag.GetProperty("problemen").GetArrayLength().ShouldBe(0);
        var eerste = verslag.GetProperty("acties")[0];
        (eerste.GetProperty("regel").GetInt32(), eerste.GetProperty("soort").GetString(), eerste.GetProperty("sleutel").GetString(), eerste.GetProperty("actie").GetString())
            .ShouldBe((2, "schoolbestuur", "41001", "nieuw"));
        (await AantalScholenAsync()).ShouldBe(0, "a dry run changes nothing");

        using var echt = await Importeer(csv, "text/csv", proefrun: false);
        echt.StatusCode.ShouldBe(HttpStatusCode.OK);
        Telling(await JsonAsync(echt), "scholen").ShouldBe((300, 0, 0));
        (await AantalScholenAsync()).ShouldBe(300);
        using var school = await Stuur(HttpMethod.Get, "/api/v1/scholen/10AB00");
        var gelezen = await JsonAsync(school);
        (gelezen.GetProperty("schoolbestuur").GetString(), gelezen.GetProperty("regio").GetString(), gelezen.GetProperty("lokaalNetwerk").GetString())
            .ShouldBe(("41001", "Noord", "Noord-Oost"));

        using var nogEens = await Importeer(csv, "text/csv", proefrun: false);
        var tweede = await JsonAsync(nogEens);
        Telling(tweede, "schoolbesturen").ShouldBe((0, 0, 30));
        Telling(tweede, "scholen").ShouldBe((0, 0, 300));

        using var audit = await Stuur(HttpMethod.Get, $"/api/v1/auditregels?actor={BeheerderId}&pageSize=100");
        var imports = (await JsonAsync(audit)).GetProperty("auditRegels").EnumerateArray()
            .Where(r => r.GetProperty("resourceSoort").GetString() == "organisatie-import")
            .Select(r => r.GetProperty("resourceId").GetString())
            .ToList();
        imports.ShouldContain("import: schoolbesturen 30 nieuw, 0 gewijzigd, 0 ongewijzigd; scholen 300 nieuw, 0 gewijzigd, 0 ongewijzigd; problemen 0");
        imports.Count.ShouldBe(3, "one record per import, the dry run included");
    }

    [Test]
    public async Task The_example_xlsx_holds_the_same_rows_as_the_example_csv()
    {
        var csvVerslag = await JsonAsync(await Importeer(await File.ReadAllBytesAsync(VoorbeeldCsvPad), "text/csv", proefrun: true));
        using var xlsx = await Importeer(await File.ReadAllBytesAsync(VoorbeeldXlsxPad), Xlsx, proefrun: true);
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        var xlsxVerslag = await JsonAsync(xlsx);
        xlsxVerslag.GetProperty("acties").GetRawText().ShouldBe(csvVerslag.GetProperty("acties").GetRawText());
        xlsxVerslag.GetProperty("problemen").GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task The_committed_example_xlsx_is_what_the_helper_makes_of_the_example_csv() =>
        (await File.ReadAllBytesAsync(VoorbeeldXlsxPad)).ShouldBe(XlsxVanVoorbeeld(), "run WriteExampleXlsx after changing organisaties.csv");

    [Test]
    [Explicit("Writes docs/voorbeelden/organisaties.xlsx from organisaties.csv")]
    public async Task WriteExampleXlsx() => await File.WriteAllBytesAsync(VoorbeeldXlsxPad, XlsxVanVoorbeeld());

    [Test]
    public async Task A_comma_separated_file_with_other_capitals_and_labels_is_read_the_same_and_changes_show_as_changed()
    {
        var eerst = "Bevoegd gezag,Bestuursnaam,BRIN,Vestigingsnummer,Schoolnaam,Soort,Regio,Lokaal netwerk\r\n" +
            "41234,Stichting Komma,12ab,0,De Komma,basisonderwijs,noord,noord-west\r\n" +
            "41234,,12AB,1,\"De Puntkomma; met scheidingsteken\",SBO,,\r\n";
        using var eerste = await Importeer(Encoding.UTF8.GetBytes(eerst), "text/csv; charset=utf-8", proefrun: false);
        eerste.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var school = await Stuur(HttpMethod.Get, "/api/v1/scholen/12AB00");
        var gelezen = await JsonAsync(school);
        (gelezen.GetProperty("soort").GetString(), gelezen.GetProperty("regio").GetString(), gelezen.GetProperty("lokaalNetwerk").GetString())
            .ShouldBe(("BAO", "Noord", "Noord-West"), "regio and netwerk as the indeling writes them");

        var daarna = "bevoegd-gezagnummer;bestuursnaam;brin;vestigingsnummer;schoolnaam;soort;regio;lokaal netwerk\r\n" +
            "41234;Stichting Komma en Punt;12AB;00;De Komma;BAO;Noord;Noord-West\r\n" +
            "41234;;12AB;01;De Puntkomma; met scheidingsteken;SBO;Zuid;\r\n";
        using var tweede = await Importeer(Encoding.UTF8.GetBytes(daarna), "text/csv", proefrun: true);
        var verslag = await JsonAsync(tweede);

        // The second row now has one column too many (an unquoted ';'), which the file's header does not know: the
        // problem is reported, and the dry run still shows what the rest would do.
        var acties = verslag.GetProperty("acties").EnumerateArray()
            .Select(a => $"{a.GetProperty("sleutel").GetString()}:{a.GetProperty("actie").GetString()}").ToList();
        acties.ShouldContain("41234:gewijzigd");
        acties.ShouldContain("12AB00:ongewijzigd");
    }

    [Test]
    public async Task A_real_run_applies_changes_to_known_besturen_and_scholen_and_keeps_their_profile()
    {
        var eerst = Kop +
            "41234;Stichting Oud;12AB;00;De Oude Naam;BAO;Noord;Noord-West\r\n" +
            "41235;Stichting Ander;12AC;00;Blijft;BAO;;\r\n";
        (await Importeer(Encoding.UTF8.GetBytes(eerst), "text/csv", proefrun: false)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var profiel = await Stuur(HttpMethod.Get, "/api/v1/scholen/12AB00");
        using var vastgelegd = await WijzigProfiel(profiel.Headers.ETag!.Tag);
        vastgelegd.StatusCode.ShouldBe(HttpStatusCode.OK);

        var daarna = Kop +
            "41234;Stichting Nieuw;12AB;00;De Nieuwe Naam;SBO;Zuid;Zuid-Oost\r\n" +
            "41234;;12AC;00;Blijft;BAO;;\r\n";
        using var response = await Importeer(Encoding.UTF8.GetBytes(daarna), "text/csv", proefrun: false);
        var verslag = await JsonAsync(response);
        Telling(verslag, "schoolbesturen").ShouldBe((0, 1, 0));
        Telling(verslag, "scholen").ShouldBe((0, 2, 0), "12AC00 moved to bestuur 41234");

        using var school = await Stuur(HttpMethod.Get, "/api/v1/scholen/12AB00");
        var gelezen = await JsonAsync(school);
        (gelezen.GetProperty("naam").GetString(), gelezen.GetProperty("soort").GetString(), gelezen.GetProperty("regio").GetString(), gelezen.GetProperty("lokaalNetwerk").GetString())
            .ShouldBe(("De Nieuwe Naam", "SBO", "Zuid", "Zuid-Oost"));
        gelezen.GetProperty("ondersteuningsprofiel").GetProperty("aandachtEnTijd").GetString().ShouldBe("Kleine groepen.");
        using var verhuisd = await Stuur(HttpMethod.Get, "/api/v1/scholen/12AC00");
        (await JsonAsync(verhuisd)).GetProperty("schoolbestuur").GetString().ShouldBe("41234");
        using var besturen = await Stuur(HttpMethod.Get, "/api/v1/schoolbesturen");
        (await JsonAsync(besturen)).GetProperty("schoolbesturen").EnumerateArray()
            .Single(b => b.GetProperty("nummer").GetString() == "41234").GetProperty("naam").GetString().ShouldBe("Stichting Nieuw");
    }

    [Test]
    public async Task A_vestiging_of_another_samenwerkingsverband_of_the_same_sector_is_a_problem_of_its_row()
    {
        // Another PO samenwerkingsverband, registered by the platform, without regio's.
        var ander = await BeheerderVanAsync("PO2301");
        using (var elders = await Importeer(Encoding.UTF8.GetBytes(Kop + "51234;Stichting Elders;12AB;00;Elders;BAO;;\r\n"), "text/csv", proefrun: false, ander))
        {
            elders.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var response = await Importeer(Encoding.UTF8.GetBytes(Kop + "41234;Stichting Hier;12AB;00;Hier;BAO;;\r\n"), "text/csv", proefrun: false);
        var probleem = await ProbleemAsync(response, 400);
        Fouten(probleem).ShouldBe(["2:vestigingsnummer:vestiging-elders"]);
        probleem.GetProperty("errors")[0].GetProperty("detail").GetString()
            .ShouldBe("Vestiging 12AB00 is al een school in een ander samenwerkingsverband voor primair onderwijs; een vestiging hoort bij één samenwerkingsverband per sector.");
    }

    [Test]
    public async Task A_vestiging_of_a_samenwerkingsverband_of_the_other_sector_is_imported_as_a_school_of_its_own()
    {
        var vo = await BeheerderVanAsync("VO2301");
        using (var elders = await Importeer(Encoding.UTF8.GetBytes(Kop + "51234;Stichting Elders;12AB;00;Elders VSO;VSO;;\r\n"), "text/csv", proefrun: false, vo))
        {
            elders.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var response = await Importeer(Encoding.UTF8.GetBytes(Kop + "41234;Stichting Hier;12AB;00;Hier SO;SO;;\r\n"), "text/csv", proefrun: false);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Telling(await JsonAsync(response), "scholen").ShouldBe((1, 0, 0));
        using var hier = await Stuur(HttpMethod.Get, "/api/v1/scholen/12AB00");
        (await JsonAsync(hier)).GetProperty("naam").GetString().ShouldBe("Hier SO");
        using var daar = await Stuur(HttpMethod.Get, "/api/v1/scholen/12AB00", token: vo);
        (await JsonAsync(daar)).GetProperty("naam").GetString().ShouldBe("Elders VSO");
    }

    private static async Task<string> BeheerderVanAsync(string swv)
    {
        await Platform.Tenants.RegistreerAsync(swv, "Ander SWV");
        await Aanmelding.RegistreerInAsync(swv, "beheer@ander.nl", Rol.SwvBeheerder);
        return await Aanmelding.AccessTokenAsync("beheer@ander.nl");
    }

    [Test]
    public async Task Wrong_and_missing_columns_are_listed_and_change_nothing()
    {
        var csv = "bevoegd gezag;brin;schoolnaam;soort;regioo;soort\r\n41234;12AB;De School;BAO;Noord;BAO\r\n";
        using var response = await Importeer(Encoding.UTF8.GetBytes(csv), "text/csv", proefrun: true);
        var probleem = await ProbleemAsync(response, 400);
        Fouten(probleem).ShouldBe(
            ["1:regioo:onbekende-kolom", "1:soort:dubbele-kolom", "1:vestigingsnummer:ontbrekende-kolom"],
            ignoreOrder: true);
    }

    [Test]
    public async Task Every_bad_row_is_reported_in_a_dry_run_and_a_real_run_then_changes_nothing()
    {
        var csv = Kop +
            "41234;Stichting Goed;12AB;00;Goede School;BAO;Noord;Noord-West\r\n" +  // 2: fine
            "41234;;12AB;00;Dubbel;BAO;;\r\n" +                                     // 3: duplicate vestiging
            "41234;;12AC;00;Onbekende regio;BAO;Oost;\r\n" +                        // 4: unknown regio
            "41234;;12AD;00;Onbekend netwerk;BAO;Noord;Zuid-West\r\n" +             // 5: netwerk of another regio
            "41234;;12AE;00;Onbekende soort;MBO;;\r\n" +                            // 6: unknown soort
            "49999;;12AF;00;Zonder bestuur;BAO;;\r\n" +                             // 7: bestuur neither known nor named
            "41234;;12A;00;;BAO;;\r\n";                                             // 8: bad BRIN, no name
        var bytes = Encoding.UTF8.GetBytes(csv);

        using var proef = await Importeer(bytes, "text/csv", proefrun: true);
        proef.StatusCode.ShouldBe(HttpStatusCode.OK);
        var verslag = await JsonAsync(proef);
        var verwacht = new[]
        {
            "3:vestigingsnummer:dubbele-vestiging",
            "4:lokaal netwerk:onbekende-indeling",
            "5:lokaal netwerk:onbekende-indeling",
            "6:soort:onbekende-soort",
            "7:bevoegd-gezagnummer:onbekend-schoolbestuur",
            "8:brin:ongeldige-vestigingcode",
        };
        verslag.GetProperty("problemen").EnumerateArray()
            .Select(p => $"{p.GetProperty("regel").GetInt32()}:{p.GetProperty("kolom").GetString()}:{p.GetProperty("code").GetString()}")
            .ShouldBe(verwacht, ignoreOrder: true);
        Telling(verslag, "scholen").ShouldBe((1, 0, 0));

        using var echt = await Importeer(bytes, "text/csv", proefrun: false);
        var probleem = await ProbleemAsync(echt, 400);
        Fouten(probleem).ShouldBe(verwacht, ignoreOrder: true);
        (await AantalScholenAsync()).ShouldBe(0, "all or nothing");
        using var besturen = await Stuur(HttpMethod.Get, "/api/v1/schoolbesturen");
        (await JsonAsync(besturen)).GetProperty("schoolbesturen").GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task A_bestuur_named_differently_or_with_a_name_too_long_is_reported_at_its_bestuursnaam()
    {
        (await Importeer(Encoding.UTF8.GetBytes(Kop + "41234;Stichting Bekend;12AB;00;School;BAO;;\r\n"), "text/csv", proefrun: false))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var csv = Kop +
            "41234;" + new string('x', 161) + ";12AB;00;School;BAO;;\r\n" +  // 2: too long for a known bestuur
            "41235;Stichting Een;12AC;00;School;BAO;;\r\n" +                 // 3
            "41235;Stichting Twee;12AD;00;School;BAO;;\r\n";                // 4: another name for the same bestuur
        using var response = await Importeer(Encoding.UTF8.GetBytes(csv), "text/csv", proefrun: false);
        Fouten(await ProbleemAsync(response, 400)).ShouldBe(
            ["2:bestuursnaam:tekst-te-lang", "4:bestuursnaam:tegenstrijdige-bestuursnaam"], ignoreOrder: true);
        using var besturen = await Stuur(HttpMethod.Get, "/api/v1/schoolbesturen");
        (await JsonAsync(besturen)).GetProperty("schoolbesturen").EnumerateArray().Select(b => b.GetProperty("naam").GetString())
            .ShouldBe(["Stichting Bekend"]);
    }

    [TestCase("", "leeg-bestand", TestName = "An empty file")]
    [TestCase(Kop, "leeg-bestand", TestName = "A header without rows")]
    public async Task A_file_without_schools_is_one_clear_problem(string csv, string code)
    {
        using var response = await Importeer(Encoding.UTF8.GetBytes(csv), "text/csv", proefrun: true);
        Fouten(await ProbleemAsync(response, 400)).ShouldHaveSingleItem().ShouldEndWith(":" + code);
    }

    [Test]
    public async Task A_file_that_is_no_csv_or_no_xlsx_is_one_clear_problem()
    {
        byte[] binair = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF, 0xFE, 0x00, 0xC3, 0x28];
        using var geenCsv = await Importeer(binair, "text/csv", proefrun: true);
        Fouten(await ProbleemAsync(geenCsv, 400)).ShouldBe(["::geen-csv"]);

        using var geenXlsx = await Importeer(Encoding.UTF8.GetBytes(Kop), Xlsx, proefrun: true);
        Fouten(await ProbleemAsync(geenXlsx, 400)).ShouldBe(["::geen-xlsx"]);

        using var pdf = await Importeer(binair, "application/pdf", proefrun: true);
        pdf.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        using var json = await Stuur(HttpMethod.Post, Pad + "?proefrun=true", new { regels = Array.Empty<object>() });
        json.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task Ten_thousand_rows_are_refused_as_a_whole_and_change_nothing()
    {
        var csv = new StringBuilder(Kop);
        for (var i = 0; i < 10_000; i++)
        {
            csv.Append("41234;Stichting Groot;").Append(10 + (i / 676 % 90)).Append((char)('A' + (i / 26 % 26))).Append((char)('A' + (i % 26)))
                .Append(";00;School;BAO;;\r\n");
        }

        using var response = await Importeer(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv", proefrun: false);
        Fouten(await ProbleemAsync(response, 400)).ShouldBe(["::te-veel-regels"]);
        (await AantalScholenAsync()).ShouldBe(0);
    }

    [Test]
    public async Task A_file_over_the_size_limit_is_refused_without_reading_it_all()
    {
        var groot = new byte[(5 * 1024 * 1024) + 1];
        Encoding.UTF8.GetBytes(Kop).CopyTo(groot, 0);
        groot.AsSpan(Kop.Length).Fill((byte)'x');
        using var response = await Importeer(groot, "text/csv", proefrun: true);
        Fouten(await ProbleemAsync(response, 400)).ShouldBe(["::bestand-te-groot"]);
    }

    [Test]
    public async Task Only_the_swv_beheerder_may_import()
    {
        await Aanmelding.RegistreerAsync("medewerker@swv.nl", Rol.SwvMedewerker);
        var medewerker = await Aanmelding.AccessTokenAsync("medewerker@swv.nl");
        using var response = await Importeer(await File.ReadAllBytesAsync(VoorbeeldCsvPad), "text/csv", proefrun: false, medewerker);
        await ProbleemAsync(response, 403);
        (await AantalScholenAsync()).ShouldBe(0);
    }

    private static byte[] XlsxVanVoorbeeld() =>
        XlsxBestand.Van(File.ReadAllLines(VoorbeeldCsvPad, Encoding.UTF8).Where(r => r.Length > 0).Select(r => (IReadOnlyList<string>)r.Split(';')));

    private async Task<HttpResponseMessage> Importeer(byte[] inhoud, string mediatype, bool proefrun, string? token = null)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, $"{Pad}?proefrun={(proefrun ? "true" : "false")}");
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Beheerder);
        verzoek.Content = new ByteArrayContent(inhoud);
        verzoek.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediatype);
        return await Client.SendAsync(verzoek);
    }

    private async Task<HttpResponseMessage> WijzigProfiel(string etag)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Put, "/api/v1/scholen/12AB00/ondersteuningsprofiel");
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Beheerder);
        verzoek.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        verzoek.Content = System.Net.Http.Json.JsonContent.Create(new { aandachtEnTijd = "Kleine groepen." });
        return await Client.SendAsync(verzoek);
    }

    private async Task<int> AantalScholenAsync()
    {
        // totaal counts every page; the first page holds 50 of the 300.
        using var response = await Stuur(HttpMethod.Get, "/api/v1/scholen");
        return (await JsonAsync(response)).GetProperty("totaal").GetInt32();
    }

    private static (int Nieuw, int Gewijzigd, int Ongewijzigd) Telling(JsonElement verslag, string soort)
    {
        var telling = verslag.GetProperty(soort);
        return (telling.GetProperty("nieuw").GetInt32(), telling.GetProperty("gewijzigd").GetInt32(), telling.GetProperty("ongewijzigd").GetInt32());
    }

    private static List<string> Fouten(JsonElement probleem) =>
        [.. probleem.GetProperty("errors").EnumerateArray().Select(f =>
            $"{(f.TryGetProperty("regel", out var r) ? r.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}:" +
            $"{(f.TryGetProperty("kolom", out var k) ? k.GetString() : string.Empty)}:{f.GetProperty("code").GetString()}")];
}
