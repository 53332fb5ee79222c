using System.Net;
using PassendOnderwijs.Api.FunctionalTests.Arrangementen;
using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Api.FunctionalTests.Dossiers;

public sealed class DossierImportTests : DossierTest
{
    [Test]
    public async Task The_PO_example_dossier_is_taken_in_with_a_report_and_without_the_health_data()
    {
        var import = await ImporteerAsync(OsoVoorbeelden.PoVolledig);

        import.GetProperty("status").GetString().ShouldBe("actueel");
        import.GetProperty("profiel").GetString().ShouldBe("POSWV");
        import.GetProperty("leerlingNaam").GetString().ShouldBe("Daan van de Berg");
        import.GetProperty("vestiging").GetString().ShouldBe(OsoVestiging);
        import.GetProperty("dossierdatum").GetString().ShouldBe("2016-01-02");
        var inzage = import.GetProperty("ouderinzage");
        inzage.GetProperty("akkoord").GetString().ShouldBe("nee");
        inzage.GetProperty("redenNietAkkoord").GetString().ShouldBe("Teveel zorggegevens in het dossier");
        inzage.GetProperty("toestemming").GetString().ShouldBe("ja");
        inzage.GetProperty("heeftBezwaar").GetBoolean().ShouldBeTrue();

        // Five verzorgers, two of them deceased; secret numbers and addresses are not taken.
        var verzorgers = import.GetProperty("verzorgers").EnumerateArray().ToList();
        verzorgers.Select(v => v.GetProperty("naam").GetString()).ShouldBe(["Pieter van de Berg", "Tanja van de Berg", "Wilma de Ruyter"]);
        verzorgers[0].GetProperty("relatie").GetString().ShouldBe("Vader");
        verzorgers[0].GetProperty("email").GetString().ShouldBe("Berg@werk.nl");
        verzorgers[1].TryGetProperty("email", out _).ShouldBeFalse();
        var tekst = import.GetRawText();
        foreach (var nietBewaard in new[] { "geheim@geheim.geheim", "NL51RABO0307495248", "Hofstraat", "H91.9", "ADHD", "Alfa Ziekenhuis" })
        {
            tekst.ShouldNotContain(nietBewaard);
        }

        var gegevens = import.GetProperty("gegevens");
        gegevens.GetProperty("schoolloopbaan").GetArrayLength().ShouldBe(10);
        gegevens.GetProperty("toetsresultaten").GetArrayLength().ShouldBe(5);
        gegevens.GetProperty("tlvs")[0].GetProperty("beschikkingsnummer").GetString().ShouldBe("55667788abcd");
        gegevens.GetProperty("tlvs")[0].GetProperty("categorie").GetString().ShouldBe("L");
        gegevens.GetProperty("arrangementen").GetArrayLength().ShouldBe(2);
        import.GetProperty("heeftBeschermdeGegevens").GetBoolean().ShouldBeTrue();

        Verslag(import, "aangemaakt").Select(r => r.GetProperty("onderdeel").GetString()).ShouldContain("Leerling");
        Verslag(import, "weggelaten").Select(r => r.GetProperty("onderdeel").GetString()).ShouldContain("Document \"advies mbt zicht.pdf\" bij een diagnose");
        var genegeerd = Verslag(import, "genegeerd").ToList();
        genegeerd.Select(r => r.GetProperty("onderdeel").GetString()).ShouldContain("Eindtoets basisonderwijs");
        genegeerd.Single(r => r.GetProperty("onderdeel").GetString() == "Huisarts").GetProperty("pad").GetString().ShouldBe("/dossier/huidigeschool/leerling/huisarts");

        // The pupil now exists with the LAS's key, and the import is theirs to read.
        var leerling = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/leerlingen/{import.GetProperty("leerlingId").GetGuid()}", token: IbOso);
        leerling.GetProperty("lasSleutel").GetString().ShouldBe("LN094837");
        leerling.GetProperty("geboortedatum").GetString().ShouldBe("2003-03-17");
        leerling.GetProperty("groep").GetString().ShouldBe("8");
        var gelezen = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{DossierPad}/{import.GetProperty("id").GetGuid()}", token: IbOso);
        gelezen.GetProperty("inhoudshash").GetString().ShouldBe(import.GetProperty("inhoudshash").GetString());
    }

    [Test]
    public async Task An_attachment_becomes_a_document_of_the_pupil_and_one_that_is_no_accepted_file_is_reported()
    {
        // The examples carry a few bytes of a zip as every attachment; the first becomes a real PDF here.
        var tekst = OsoVoorbeelden.Tekst(OsoVoorbeelden.PoVolledig);
        var begin = tekst.IndexOf("<bestandsinhoud>", StringComparison.Ordinal) + "<bestandsinhoud>".Length;
        var xml = string.Concat(tekst.AsSpan(0, begin), Convert.ToBase64String(Documenten.DocumentTests.KleinePdf), tekst.AsSpan(tekst.IndexOf("</bestandsinhoud>", begin, StringComparison.Ordinal)));
        using var response = await LeverAanAsync(xml);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var import = await JsonAsync(response);

        Verslag(import, "aangemaakt").ShouldContain(r => r.GetProperty("onderdeel").GetString() == "Document \"Toelichting.pdf\" (Toelichting onderwijsbehoeften)");
        Verslag(import, "genegeerd").ShouldContain(r => r.GetProperty("onderdeel").GetString() == "Document \"groepsplan.txt\" (Overig document)");
        var documenten = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/leerlingen/{import.GetProperty("leerlingId").GetGuid()}/documenten", token: IbOso))
            .GetProperty("documenten").EnumerateArray().ToList();
        var document = documenten.ShouldHaveSingleItem();
        document.GetProperty("bestandsnaam").GetString().ShouldBe("Toelichting.pdf");
        document.GetProperty("herkomst").GetString().ShouldBe("oso-import");
    }

    [Test]
    public async Task A_LAS_reading_the_pupils_arrangement_gets_its_own_pupil_key()
    {
        var leerling = (await ImporteerAsync(OsoVoorbeelden.PoVolledig)).GetProperty("leerlingId").GetGuid();
        var arrangement = await Verwacht(HttpStatusCode.Created, HttpMethod.Post, Pad, ArrangementVoorbeeld.Aanvraag(leerling), IbOso);
        var las = await LasAsync("las-oso-lezen", OsoVestiging, "arrangementen.lezen");
        var gelezen = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Pad}/{arrangement.GetProperty("id").GetGuid()}", token: las);
        gelezen.GetProperty("leerling").GetProperty("lasSleutel").GetString().ShouldBe("LN094837");
    }

    [Test]
    public async Task A_running_plan_in_the_dossier_becomes_a_concept_OPP_and_an_ended_one_does_not()
    {
        var afgelopen = await ImporteerAsync(OsoVoorbeelden.PoVolledig);
        Verslag(afgelopen, "genegeerd").Single(r => r.GetProperty("onderdeel").GetString() == "Ontwikkelingsperspectiefplan")
            .GetProperty("toelichting").GetString().ShouldBe("Geen concept gestart: het OPP uit het dossier is geëindigd op 4 mei 2016.");

        // The same pupil's later dossier, whose plan still runs.
        using var response = await LeverAanAsync(Gewijzigd(OsoVoorbeelden.PoVolledig, "<opp_einddatum>2016-05-04</opp_einddatum>", string.Empty));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var lopend = await JsonAsync(response);
        Verslag(lopend, "aangemaakt").ShouldContain(r => r.GetProperty("onderdeel").GetString() == "Ontwikkelingsperspectiefplan");
        var leerling = lopend.GetProperty("leerlingId").GetGuid();
        var opps = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/ontwikkelingsperspectiefplannen?leerlingId={leerling}", token: IbOso))
            .GetProperty("ontwikkelingsperspectiefplannen").EnumerateArray().ToList();
        var opp = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/ontwikkelingsperspectiefplannen/{opps.ShouldHaveSingleItem().GetProperty("id").GetGuid()}", token: IbOso);
        opp.GetProperty("status").GetString().ShouldBe("concept");
        opp.GetProperty("startdatum").GetString().ShouldBe("2015-05-04");
        opp.GetProperty("aanleiding").GetString().ShouldBe("inschrijving");
        opp.GetProperty("geschiedenis")[0].GetProperty("toelichting").GetString()!.ShouldEndWith("geïmporteerd uit OSO-dossier van 2 januari 2016");

        // A third dossier finds the plan already there.
        using var derde = await LeverAanAsync(Gewijzigd(OsoVoorbeelden.PoVolledig, "<opp_einddatum>2016-05-04</opp_einddatum>", "<opp_einddatum>2030-05-04</opp_einddatum>"));
        Verslag(await JsonAsync(derde), "genegeerd").ShouldContain(r => r.GetProperty("toelichting").GetString() == "Geen concept gestart: de leerling heeft op deze school al een OPP.");
    }

    [Test]
    public async Task A_TLV_category_in_OSO_spelling_is_kept_as_this_products_code()
    {
        var xml = Gewijzigd(OsoVoorbeelden.PoVolledig, "<tlvcategorie>L</tlvcategorie>", "<tlvcategorie>Nvt</tlvcategorie>");
        using var response = await LeverAanAsync(xml);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());

        (await JsonAsync(response)).GetProperty("gegevens").GetProperty("tlvs")[0].GetProperty("categorie").GetString().ShouldBe("NVT");
    }

    [Test]
    public async Task The_same_file_twice_is_one_import_and_a_newer_one_replaces_it_as_current()
    {
        var eerste = await ImporteerAsync(OsoVoorbeelden.PoVolledig);
        var nogEens = await ImporteerAsync(OsoVoorbeelden.PoVolledig, HttpStatusCode.OK);
        nogEens.GetProperty("id").GetGuid().ShouldBe(eerste.GetProperty("id").GetGuid());

        // The opt-out dossier is another file for the same pupil (recognised by the LAS key).
        var nieuwer = await ImporteerAsync(OsoVoorbeelden.PoOptUit);
        var leerling = nieuwer.GetProperty("leerlingId").GetGuid();
        leerling.ShouldBe(eerste.GetProperty("leerlingId").GetGuid());
        Verslag(nieuwer, "bijgewerkt").Single().GetProperty("toelichting").GetString()!.ShouldStartWith("Herkend op de leerlingsleutel van het LAS");
        Verslag(nieuwer, "genegeerd").Select(r => r.GetProperty("onderdeel").GetString()).ShouldContain("Toetsresultaten");
        nieuwer.TryGetProperty("ouderinzage", out _).ShouldBeFalse();

        var dossiers = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/leerlingen/{leerling}/dossiers", token: Medewerker)).GetProperty("dossiers").EnumerateArray().ToList();
        dossiers.Select(d => d.GetProperty("status").GetString()).ShouldBe(["actueel", "vervangen"]);
        dossiers[1].GetProperty("id").GetGuid().ShouldBe(eerste.GetProperty("id").GetGuid());
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/leerlingen?vestiging=" + OsoVestiging, token: IbOso)).GetProperty("totaal").GetInt32().ShouldBe(1);
    }

    [Test]
    public async Task Two_parallel_deliveries_of_one_dossier_make_one_import()
    {
        var xml = OsoVoorbeelden.Lees(OsoVoorbeelden.PoVolledig);
        var antwoorden = await Task.WhenAll(LeverAanAsync(xml), LeverAanAsync(xml));
        var statussen = antwoorden.Select(a => a.StatusCode).OrderBy(s => s).ToList();
        statussen.ShouldBe([HttpStatusCode.OK, HttpStatusCode.Created]);
        var ids = await Task.WhenAll(antwoorden.Select(async a => (await JsonAsync(a)).GetProperty("id").GetGuid()));
        ids.Distinct().Count().ShouldBe(1);
        foreach (var a in antwoorden)
        {
            a.Dispose();
        }
    }

    [Test]
    public async Task A_VO_dossier_in_a_PO_samenwerkingsverband_is_a_422_of_its_own_type_and_the_refusal_is_audited_without_content()
    {
        using var response = await LeverAanAsync(OsoVoorbeelden.Lees(OsoVoorbeelden.VoVolledig));
        var probleem = await ProbleemAsync(response, 422);
        probleem.GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:profiel-past-niet-bij-samenwerkingsverband");

        var weigering = (await DossierAuditAsync()).Single(r => r.GetProperty("actie").GetString() == "weigeren");
        weigering.GetProperty("doel").GetString()!.ShouldContain("profiel-past-niet-bij-samenwerkingsverband");
        weigering.GetProperty("actor").GetString().ShouldBe("las-oso");
        weigering.GetRawText().ShouldNotContain("Berg");
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/leerlingen?vestiging=" + OsoVestiging, token: IbOso)).GetProperty("totaal").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task A_BSN_anywhere_in_the_dossier_is_never_stored_and_the_report_says_so()
    {
        var xml = Gewijzigd(OsoVoorbeelden.PoVolledig, "<leerlingid>LN094837</leerlingid>", "<bsn>123456782</bsn>\n      <leerlingid>LN094837</leerlingid>");
        using var response = await LeverAanAsync(xml);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var import = await JsonAsync(response);
        var regel = Verslag(import, "weggelaten").Single(r => r.GetProperty("onderdeel").GetString() == "Burgerservicenummer");
        regel.GetProperty("pad").GetString().ShouldBe("/dossier/huidigeschool/leerling/bsn");
        import.GetRawText().ShouldNotContain("123456782");
        var leerling = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/leerlingen/{import.GetProperty("leerlingId").GetGuid()}", token: IbOso);
        leerling.GetRawText().ShouldNotContain("123456782");
    }

    [Test]
    public async Task An_existing_pupil_is_recognised_by_name_and_date_of_birth_and_a_doubtful_match_is_reported_not_guessed()
    {
        // Same date of birth and achternaam, another first name: could be a sibling or a typo, so the school decides.
        var bijna = await RegistreerAsync("Bjorn", "van de Berg");
        using (var twijfel = await LeverAanAsync(OsoVoorbeelden.Lees(OsoVoorbeelden.PoVolledig)))
        {
            var probleem = await ProbleemAsync(twijfel, 422);
            probleem.GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:leerling-twijfelachtig");
            probleem.GetProperty("detail").GetString()!.ShouldContain(bijna.ToString());
        }

        var gekozen = await LeverAanAsync(OsoVoorbeelden.Lees(OsoVoorbeelden.PoVolledig), query: $"?leerlingId={bijna}");
        gekozen.StatusCode.ShouldBe(HttpStatusCode.Created, await gekozen.Content.ReadAsStringAsync());
        var import = await JsonAsync(gekozen);
        import.GetProperty("leerlingId").GetGuid().ShouldBe(bijna);
        Verslag(import, "bijgewerkt").Single().GetProperty("toelichting").GetString()!.ShouldContain("voornaam");
        gekozen.Dispose();
    }

    [Test]
    public async Task A_pupil_with_the_same_name_and_date_of_birth_is_the_dossiers_pupil_and_gets_the_LAS_key()
    {
        var daan = await RegistreerAsync("Daan", "van de Berg");
        var import = await ImporteerAsync(OsoVoorbeelden.PoVolledig);
        import.GetProperty("leerlingId").GetGuid().ShouldBe(daan);
        Verslag(import, "bijgewerkt").Single().GetProperty("toelichting").GetString()!.ShouldContain("leerlingsleutel van het LAS");
    }

    [Test]
    public async Task Only_the_schools_own_staff_and_LAS_with_the_scope_deliver_its_dossiers()
    {
        var xml = OsoVoorbeelden.Lees(OsoVoorbeelden.PoVolledig);
        using (var andereSchool = await LeverAanAsync(xml, IbEigen))
        {
            (await ProbleemAsync(andereSchool, 403)).GetProperty("detail").GetString()!.ShouldContain(OsoVestiging);
        }

        (await DossierAuditAsync()).ShouldContain(r => r.GetProperty("actie").GetString() == "weigeren" && r.GetProperty("doel").GetString()!.Contains("niet-eigen-vestiging"));

        var zonderScope = await LasAsync("las-zonder", OsoVestiging, "leerlingen.lezen");
        using (var geenScope = await LeverAanAsync(xml, zonderScope))
        {
            await ProbleemAsync(geenScope, 403);
        }

        using (var expert = await LeverAanAsync(xml, Expert))
        {
            await ProbleemAsync(expert, 403);
        }

        var import = await ImporteerAsync(OsoVoorbeelden.PoVolledig, token: IbOso);
        var id = import.GetProperty("id").GetGuid();
        using (var leest = await Stuur(HttpMethod.Get, $"{DossierPad}/{id}", token: IbEigen))
        {
            await ProbleemAsync(leest, 404);
        }

        using var expertLeest = await Stuur(HttpMethod.Get, $"{DossierPad}/{id}", token: Expert);
        ((int)expertLeest.StatusCode).ShouldBeOneOf(403, 404);
    }

    [Test]
    public async Task SWV_staff_open_the_diagnoses_only_with_a_reason_which_goes_into_the_audit_log()
    {
        var import = await ImporteerAsync(OsoVoorbeelden.PoVolledig);
        var pad = $"{DossierPad}/{import.GetProperty("id").GetGuid()}/beschermde-gegevens";

        using (var school = await Stuur(HttpMethod.Post, pad, new { reden = "Nodig voor de TLV-aanvraag." }, IbOso))
        {
            await ProbleemAsync(school, 403);
        }

        using (var zonderReden = await Stuur(HttpMethod.Post, pad, new { reden = "even" }, Medewerker))
        {
            (await ProbleemAsync(zonderReden, 400)).GetProperty("errors")[0].GetProperty("pointer").GetString().ShouldBe("#/reden");
        }

        var beschermd = await Verwacht(HttpStatusCode.OK, HttpMethod.Post, pad, new { reden = "Beoordeling van de TLV-aanvraag voor cluster 3." }, Medewerker);
        beschermd.GetProperty("diagnoses").EnumerateArray().Select(d => d.GetProperty("naam").GetString()).ShouldBe(["Slechthorend en slechtziend", "ADHD/ADD met medicijnen"]);
        beschermd.GetProperty("diagnoses")[0].GetProperty("codes").EnumerateArray().Select(c => c.GetString()).ShouldBe(["H91.9.s", "H54.2"]);
        beschermd.GetProperty("medicijngebruik").GetBoolean().ShouldBeTrue();
        (await DossierAuditAsync()).ShouldContain(r => r.GetProperty("doel").GetString()!.EndsWith("Reden: Beoordeling van de TLV-aanvraag voor cluster 3.", StringComparison.Ordinal));
    }

    private async Task<Guid> RegistreerAsync(string voornaam, string achternaam) =>
        (await Verwacht(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/leerlingen",
            new { voornaam, achternaam, geboortedatum = "2003-03-17", vestiging = OsoVestiging, groep = "8" }, IbOso)).GetProperty("id").GetGuid();
}
