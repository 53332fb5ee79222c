using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Schooljaren;
using PassendOnderwijs.Infrastructure.Demo;
using PassendOnderwijs.Infrastructure.Persistence;
using PassendOnderwijs.TestSupport;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PassendOnderwijs.Api.FunctionalTests.Demo;

/// <summary>
/// The demo for the OSO handover: the OSO test school (00YY00) in PO2705 and, as VSO, in the VO tenant VO2705, the
/// people who work there and the demo LAS clients with dossiers.aanleveren, so both profiles of the official examples
/// import. Loading is idempotent, also on a demo from before.
/// </summary>
public class DemoGegevensTests : ApiTest
{
    // The demo accounts get the test password, so the tests sign in as they do.
    private static readonly IConfiguration DemoAan = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Demo:Aan"] = "true", ["Demo:Wachtwoord"] = Aanmelding.Wachtwoord })
        .Build();

    private const string OsoVoEmail = "ib-oso-vo@demo.passendonderwijs.nl";
    private const string OsoVestiging = "00YY00";

    private static readonly string[] NieuweGebruikers =
    [
        "ib-oso@demo.passendonderwijs.nl", "beheerder-vo@demo.passendonderwijs.nl", "medewerker-vo@demo.passendonderwijs.nl", "ib-vo@demo.passendonderwijs.nl",
        OsoVoEmail,
    ];

    [Test]
    public async Task The_demo_has_the_OSO_test_school_the_VO_tenant_their_people_and_the_LAS_clients()
    {
        await LaadAsync();

        await ControleerNieuweDelenAsync();
    }

    [Test]
    public async Task Loading_the_demo_twice_changes_nothing()
    {
        await LaadAsync();
        var eerste = await InhoudAsync();

        await LaadAsync();

        (await InhoudAsync()).ShouldBe(eerste);
    }

    [Test]
    public async Task A_demo_from_before_the_OSO_import_gets_the_test_school_the_VO_tenant_the_new_people_and_the_new_LAS_rights()
    {
        await LaadAsync();
        await MaakOudeDemoAsync();

        await LaadAsync();

        await ControleerNieuweDelenAsync();
        var aangevuld = await InhoudAsync();
        await LaadAsync();
        (await InhoudAsync()).ShouldBe(aangevuld);
    }

    [Test]
    public async Task A_demo_from_before_schools_per_samenwerkingsverband_gets_the_OSO_test_school_in_VO2705_its_bestuur_its_person_and_its_LAS()
    {
        await LaadAsync();
        await MaakDemoMetOsoAlleenInPoAsync();

        await LaadAsync();

        await ControleerNieuweDelenAsync();
        var aangevuld = await InhoudAsync();
        await LaadAsync();
        (await InhoudAsync()).ShouldBe(aangevuld);
    }

    [TestCase(DemoGegevens.LasClientId, DemoGegevens.StandaardLasClientGeheim, OsoVoorbeelden.PoVolledig, "PO2705", "POSWV")]
    [TestCase(DemoGegevens.LasVoClientId, DemoGegevens.StandaardLasVoClientGeheim, OsoVoorbeelden.VoVolledig, "VO2705", "VOSWV")]
    public async Task The_official_example_of_each_profile_imports_through_the_demo_LAS_of_its_sector(
        string clientId, string geheim, string voorbeeld, string swv, string profiel)
    {
        await LaadAsync();
        using var tokenAntwoord = await TestClients.VraagTokenAanAsync(Client, clientId, geheim, "dossiers.aanleveren");
        tokenAntwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = (await tokenAntwoord.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();

        using var verzoek = new HttpRequestMessage(HttpMethod.Post, "/api/v1/dossiers");
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        verzoek.Content = new ByteArrayContent(OsoVoorbeelden.Lees(voorbeeld));
        verzoek.Content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        using var response = await Client.SendAsync(verzoek);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var import = await JsonAsync(response);
        (import.GetProperty("profiel").GetString(), import.GetProperty("vestiging").GetString()).ShouldBe((profiel, OsoVestiging));
        var leerlingId = import.GetProperty("leerlingId").GetGuid();
        await MetDatabaseAsync(async db =>
        {
            var leerling = await db.Leerlingen.IgnoreQueryFilters().AsNoTracking().SingleAsync(l => l.Id == leerlingId);
            (leerling.Samenwerkingsverband.Waarde, leerling.Vestiging.Waarde).ShouldBe((swv, OsoVestiging));
        });
    }

    [TestCase(DemoGegevens.LasClientId, DemoGegevens.StandaardLasClientGeheim, "PO2705", new[] { "12AB00", "00YY00" })]
    [TestCase(DemoGegevens.LasVoClientId, DemoGegevens.StandaardLasVoClientGeheim, "VO2705", new[] { "78GH00", "00YY00" })]
    public async Task A_demo_LAS_gets_a_token_with_dossiers_aanleveren_for_its_own_schools(string clientId, string geheim, string swv, string[] vestigingen)
    {
        await LaadAsync();

        using var tokenAntwoord = await TestClients.VraagTokenAanAsync(Client, clientId, geheim, "dossiers.aanleveren");
        tokenAntwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = await tokenAntwoord.Content.ReadFromJsonAsync<JsonElement>();
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ik");
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("access_token").GetString());
        using var ik = await Client.SendAsync(verzoek);

        ik.StatusCode.ShouldBe(HttpStatusCode.OK);
        var wie = await JsonAsync(ik);
        wie.GetProperty("id").GetString().ShouldBe(clientId);
        wie.GetProperty("samenwerkingsverband").GetString().ShouldBe(swv);
        wie.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).ShouldBe(["dossiers.aanleveren"]);
        wie.GetProperty("vestigingen").EnumerateArray().Select(s => s.GetString()).ShouldBe(vestigingen, ignoreOrder: true);
    }

    [TestCase("ib-oso@demo.passendonderwijs.nl", "PO2705", "00YY00", "OSO Testschool (SO)")]
    [TestCase("ib-vo@demo.passendonderwijs.nl", "VO2705", "78GH00", "Demo College")]
    [TestCase(OsoVoEmail, "VO2705", "00YY00", "OSO Testschool (SO)")]
    public async Task The_demo_IBer_signs_in_and_works_at_the_school(string email, string swv, string vestiging, string school)
    {
        await LaadAsync();

        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ik");
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await Aanmelding.AccessTokenAsync(email));
        using var ik = await Client.SendAsync(verzoek);

        ik.StatusCode.ShouldBe(HttpStatusCode.OK);
        var wie = await JsonAsync(ik);
        wie.GetProperty("samenwerkingsverband").GetString().ShouldBe(swv);
        wie.GetProperty("rollen").EnumerateArray().Select(r => r.GetString()).ShouldBe(["school-medewerker"]);
        var scholen = wie.GetProperty("scholen").EnumerateArray().Select(s => (s.GetProperty("vestiging").GetString(), s.GetProperty("naam").GetString()));
        scholen.ShouldBe([(vestiging, school)]);
    }

    [TestCase("ouder@demo.passendonderwijs.nl", "Sanne")]
    [TestCase("ouder2@demo.passendonderwijs.nl", "Daan")]
    public async Task A_demo_ouder_signs_in_and_sees_their_own_child_only(string email, string kind)
    {
        await LaadAsync();

        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ouderportaal/kinderen");
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await Aanmelding.AccessTokenAsync(email));
        using var kinderen = await Client.SendAsync(verzoek);

        kinderen.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await JsonAsync(kinderen)).GetProperty("kinderen").EnumerateArray().Select(k => k.GetProperty("voornaam").GetString()).ShouldBe([kind]);
    }

    [Test]
    public async Task Daans_father_finds_the_shared_plan_that_waits_for_his_answer()
    {
        await LaadAsync();
        var token = await Aanmelding.AccessTokenAsync("ouder2@demo.passendonderwijs.nl");

        var daan = (await AlsOuderAsync("/api/v1/ouderportaal/kinderen", token)).GetProperty("kinderen")[0].GetProperty("id").GetGuid();
        var opp = (await AlsOuderAsync($"/api/v1/ouderportaal/kinderen/{daan}/opps", token)).GetProperty("opps").EnumerateArray().ShouldHaveSingleItem();

        opp.GetProperty("vraagtInstemming").GetBoolean().ShouldBeTrue();
    }

    [Test]
    public async Task Sannes_dossier_has_one_unshared_document_for_the_school_to_share_with_her_mother_however_often_it_loads()
    {
        await LaadAsync();
        await LaadAsync();

        await MetDatabaseAsync(async db =>
        {
            var sanne = await db.Leerlingen.IgnoreQueryFilters().AsNoTracking().SingleAsync(l => l.Voornaam == "Sanne" && l.Achternaam == "de Vries");
            var document = await db.Documenten.IgnoreQueryFilters().AsNoTracking()
                .Where(d => d.LeerlingId == sanne.Id && d.Bestandsnaam == DemoDocumenten.Verslag).ToListAsync();
            document.ShouldHaveSingleItem().GedeeldMetOudersOp.ShouldBeNull();
            (await db.Documentbytes.IgnoreQueryFilters().AsNoTracking().SingleAsync(b => b.DocumentId == document[0].Id)).Inhoud[..5]
                .ShouldBe("%PDF-"u8.ToArray());
        });
    }

    [Test]
    public async Task The_demo_register_has_a_thuiszitter_past_the_aim_one_back_within_it_absoluut_verzuim_and_a_vrijstelling()
    {
        await LaadAsync();
        await LaadAsync();

        await MetDatabaseAsync(async db =>
        {
            var vandaag = Domain.Common.NederlandseDatum.Van(TestOmgeving.Fabriek.Services.GetRequiredService<TimeProvider>().GetUtcNow());
            var register = await db.Thuiszitters.IgnoreQueryFilters().AsNoTracking().ToListAsync();
            var leerlingen = await db.Leerlingen.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Voornaam);
            // The past schooljaren's thuiszitters (DemoBeleidsgeschiedenis) all returned before this schooljaar.
            var geschiedenis = register.Where(t => DemoBeleidsgeschiedenis.Voornamen.Contains(leerlingen[t.LeerlingId])).ToList();
            geschiedenis.Count.ShouldBeGreaterThanOrEqualTo(3);
            geschiedenis.ShouldAllBe(t => t.Status == Domain.Thuiszitters.ThuiszitterStatus.Teruggekeerd && t.VerzuimSinds < Schooljaar.Op(vandaag).Begindatum);
            var perKind = register.Except(geschiedenis).ToDictionary(t => leerlingen[t.LeerlingId]);
            perKind.Keys.Order(StringComparer.Ordinal).ShouldBe(["Daan", "Emma", "Noah", "Sanne"]);
            perKind["Noah"].IsVerlopen(vandaag).ShouldBeTrue();
            perKind["Daan"].Soort.ShouldBe(Domain.Thuiszitters.Verzuimsoort.AbsoluutVerzuim);
            (perKind["Sanne"].Status, perKind["Sanne"].TerugBinnenStreefdatum).ShouldBe((Domain.Thuiszitters.ThuiszitterStatus.Teruggekeerd, true));
            (perKind["Emma"].Soort, perKind["Emma"].Streefdatum).ShouldBe((Domain.Thuiszitters.Verzuimsoort.Vrijstelling, (DateOnly?)null));
        });
    }

    [Test]
    public async Task The_demo_aanmeldingen_show_a_term_running_out_one_overdue_one_decided_for_another_school_and_one_without_zorgplicht()
    {
        await LaadAsync();
        await LaadAsync();

        await MetDatabaseAsync(async db =>
        {
            var vandaag = Domain.Common.NederlandseDatum.Van(TestOmgeving.Fabriek.Services.GetRequiredService<TimeProvider>().GetUtcNow());
            var alle = (await db.Aanmeldingen.IgnoreQueryFilters().AsNoTracking().ToListAsync()).ToLookup(a => DemoBeleidsgeschiedenis.Voornamen.Contains(a.LeerlingNaam.Split(' ')[0]));
            // The past schooljaren's aanmeldingen (four, five, six) are all decided, received before this schooljaar.
            alle[true].Count().ShouldBe(15);
            alle[true].ShouldAllBe(a => !a.IsOpen && a.OntvangenOp < Schooljaar.Op(vandaag).Begindatum);
            var aanmeldingen = alle[false].ToDictionary(a => a.LeerlingNaam.Split(' ')[0]);
            aanmeldingen.Keys.Order(StringComparer.Ordinal).ShouldBe(["Daan", "Emma", "Noah", "Sanne"]);
            (aanmeldingen["Emma"].Vestiging.Waarde, aanmeldingen["Emma"].BesluitUiterlijk).ShouldBe(("12AB00", (DateOnly?)vandaag.AddDays(6)));
            (aanmeldingen["Daan"].IsOpen, aanmeldingen["Daan"].BesluitUiterlijk).ShouldBe((true, (DateOnly?)vandaag.AddDays(-8)));
            var sanne = aanmeldingen["Sanne"];
            (sanne.Uitkomst, sanne.AndereSchoolVestiging?.Waarde, sanne.Besluit!.InOverlegMetOuders)
                .ShouldBe(((Domain.Aanmeldingen.Toelatingsuitkomst?)Domain.Aanmeldingen.Toelatingsuitkomst.AndereSchool, "34CD00", true));
            (aanmeldingen["Noah"].Zorgplicht, aanmeldingen["Noah"].BesluitUiterlijk, aanmeldingen["Noah"].Vestiging.Waarde).ShouldBe((false, (DateOnly?)null, OsoVestiging));
        });
    }

    [Test]
    public async Task Each_demo_expert_inzet_comes_from_a_case_of_regio_Noord_that_is_linked_to_it()
    {
        await LaadAsync();
        await LaadAsync();

        await MetDatabaseAsync(async db =>
        {
            var inzetten = await db.Expertinzetten.IgnoreQueryFilters().AsNoTracking().ToListAsync();
            var casussen = await db.Casussen.IgnoreQueryFilters().AsNoTracking().ToListAsync();
            inzetten.Count.ShouldBe(2);
            foreach (var inzet in inzetten)
            {
                var casus = casussen.Where(c => c.Id == inzet.CasusId).ShouldHaveSingleItem();
                (casus.Regio, casus.ExpertinzetId, casus.Expertisegebied).ShouldBe(("Noord", (Guid?)inzet.Id, (Domain.Portfolio.Expertisegebied?)inzet.Expertisegebied));
            }
        });
    }

    [Test]
    public async Task The_demo_begeleider_outside_the_SWV_waits_for_Karins_consent_to_see_Sanne()
    {
        await LaadAsync();
        var karin = await Aanmelding.AccessTokenAsync("ouder@demo.passendonderwijs.nl");
        var sanne = (await AlsOuderAsync("/api/v1/ouderportaal/kinderen", karin)).GetProperty("kinderen")[0].GetProperty("id").GetGuid();

        var toestemmingen = await AlsOuderAsync($"/api/v1/ouderportaal/kinderen/{sanne}/toestemmingen", karin);
        var begeleider = toestemmingen.GetProperty("mogelijkeOntvangers").EnumerateArray().Select(m => m.GetProperty("ontvanger"))
            .First(o => o.TryGetProperty("gebruikerId", out _));
        begeleider.GetProperty("naam").GetString().ShouldBe("Bas Bakker");
        begeleider.GetProperty("organisatie").GetString().ShouldBe("Klankkast Ambulante Dienst");
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/leerlingen/{sanne}");
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await Aanmelding.AccessTokenAsync("begeleider@demo.passendonderwijs.nl"));
        using var zonderToestemming = await Client.SendAsync(verzoek);
        zonderToestemming.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Regio_Noord_offers_the_handbooks_seven_gebieden_each_carried_by_one_of_its_own_experts()
    {
        await LaadAsync();
        await LaadAsync();
        var beleid = await Aanmelding.AccessTokenAsync("beleid@demo.passendonderwijs.nl");

        var portfolio = await AlsOuderAsync("/api/v1/portfolio/regios", beleid);
        var noord = portfolio.GetProperty("regios").EnumerateArray().Single(r => r.GetProperty("regio").GetString() == "Noord");
        var aanbod = noord.GetProperty("aanbod").EnumerateArray().ToList();
        aanbod.Count.ShouldBe(7);
        aanbod.ShouldAllBe(g => g.GetProperty("experts").GetArrayLength() > 0);

        var ik = await AlsOuderAsync("/api/v1/ik", beleid);
        ik.GetProperty("functies").EnumerateArray().Select(f => f.GetString()).ShouldBe(["beleidsmedewerker"]);
        (await AlsOuderAsync("/api/v1/portfolio/expertboek", beleid)).GetProperty("experts").GetArrayLength().ShouldBe(5, "loading twice adds nobody twice, and Bas Bakker of an aanbieder is not one of the SWV's own experts");
    }

    private async Task<System.Text.Json.JsonElement> AlsOuderAsync(string pad, string token)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, pad);
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var antwoord = await Client.SendAsync(verzoek);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await JsonAsync(antwoord);
    }

    private static Task LaadAsync() => DemoGegevens.LaadAsync(TestOmgeving.Fabriek.Services, DemoAan, CancellationToken.None);

    private static async Task ControleerNieuweDelenAsync()
    {
        await MetDatabaseAsync(async db =>
        {
            var scholen = await db.Scholen.IgnoreQueryFilters().AsNoTracking().ToListAsync();
            var besturen = await db.Schoolbesturen.IgnoreQueryFilters().AsNoTracking().ToListAsync();
            // The OSO test school is a school in both samenwerkingsverbanden, each time under the bestuur of its own tenant.
            var oso = scholen.Where(s => s.Vestiging.Waarde == "00YY00").OrderBy(s => s.Samenwerkingsverband.Waarde, StringComparer.Ordinal).ToList();
            oso.Select(s => (s.Samenwerkingsverband.Waarde, s.Naam, s.Soort, s.Regio, s.LokaalNetwerk)).ShouldBe(
            [
                ("PO2705", "OSO Testschool (SO)", SoortSchool.So, "Zuid", "Zuid-Centrum"),
                ("VO2705", "OSO Testschool (SO)", SoortSchool.Vso, "Stad", "Stad-West"),
            ]);
            foreach (var school in oso)
            {
                var bestuur = besturen.Single(b => b.Id == school.SchoolbestuurId);
                (bestuur.Samenwerkingsverband, bestuur.Nummer, bestuur.Naam).ShouldBe((school.Samenwerkingsverband, "41235", "Stichting Speciaal Onderwijs Demo"));
                school.Ondersteuningsprofiel.AandachtEnTijd.ShouldNotBeNullOrWhiteSpace();
            }

            var vo = await db.Samenwerkingsverbanden.IgnoreQueryFilters().AsNoTracking().SingleAsync(s => s.Id == SwvCode.Parse("VO2705").Waarde);
            (vo.Naam, vo.Sector).ShouldBe(("Samenwerkingsverband VO Demoregio", Sector.Vo));
            var college = scholen.Single(s => s.Vestiging.Waarde == "78GH00");
            (college.Samenwerkingsverband.Waarde, college.Naam, college.Soort).ShouldBe(("VO2705", "Demo College", SoortSchool.Vo));
            besturen.Count(b => b.Samenwerkingsverband == vo.Code).ShouldBe(2);
            (await db.Leerlingen.IgnoreQueryFilters().CountAsync(l => l.Samenwerkingsverband == vo.Code)).ShouldBe(2);

            var gebruikers = (await db.Gebruikers.IgnoreQueryFilters().AsNoTracking().ToListAsync())
                .Where(g => NieuweGebruikers.Contains(g.Email.Waarde))
                .Select(g => $"{g.Email.Waarde} {g.Naam} {g.Rol} {g.Samenwerkingsverband?.Waarde} [{string.Join(",", g.Vestigingen)}]")
                .Order(StringComparer.Ordinal);
            gebruikers.ShouldBe(
            [
                "beheerder-vo@demo.passendonderwijs.nl Vera van Vliet SwvBeheerder VO2705 []",
                "ib-oso-vo@demo.passendonderwijs.nl Otto Overdracht SchoolMedewerker VO2705 [00YY00]",
                "ib-oso@demo.passendonderwijs.nl Olga Overdracht SchoolMedewerker PO2705 [00YY00]",
                "ib-vo@demo.passendonderwijs.nl Inge Vermeulen SchoolMedewerker VO2705 [78GH00]",
                "medewerker-vo@demo.passendonderwijs.nl Victor Verhoeven SwvMedewerker VO2705 []",
            ]);
        });

        (await ClientAsync(DemoGegevens.LasClientId)).ShouldBe(
            "PO2705 [12AB00,00YY00] aanbieders.lezen arrangementen.lezen dossiers.aanleveren leerlingen.koppelen leerlingen.lezen");
        (await ClientAsync(DemoGegevens.LasVoClientId)).ShouldBe("VO2705 [78GH00,00YY00] aanbieders.lezen arrangementen.lezen dossiers.aanleveren leerlingen.koppelen leerlingen.lezen");
    }

    /// <summary>
    /// Takes away what schools per samenwerkingsverband added, as a database with the demo from when a vestiging could be
    /// a school in one samenwerkingsverband only: the OSO test school in PO2705 alone, no speciaal-onderwijsbestuur in
    /// VO2705, demo-las-vo for Demo College only, and no IB'er of the OSO test school in VO2705.
    /// </summary>
    private static async Task MaakDemoMetOsoAlleenInPoAsync()
    {
        await MetDatabaseAsync(async db =>
        {
            var vo = SwvCode.Parse("VO2705").Waarde;
            var oso = VestigingCode.Parse("00YY00").Waarde;
            db.Gebruikers.RemoveRange((await db.Gebruikers.IgnoreQueryFilters().ToListAsync()).Where(g => g.Email.Waarde == OsoVoEmail));
            await db.SaveChangesAsync();
            (await db.Scholen.IgnoreQueryFilters().Where(s => s.Samenwerkingsverband == vo && s.Vestiging == oso).ExecuteDeleteAsync()).ShouldBe(1);
            (await db.Schoolbesturen.IgnoreQueryFilters().Where(b => b.Samenwerkingsverband == vo && b.Nummer == "41235").ExecuteDeleteAsync()).ShouldBe(1);
        });

        await using var scope = TestOmgeving.Fabriek.Services.CreateAsyncScope();
        var applicaties = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var las = (await applicaties.FindByClientIdAsync(DemoGegevens.LasVoClientId))!;
        var descriptor = new OpenIddictApplicationDescriptor();
        await applicaties.PopulateAsync(descriptor, las);
        descriptor.Properties["vestigingen"] = JsonSerializer.SerializeToElement(new[] { "78GH00" });
        await applicaties.UpdateAsync(las, descriptor);
        (await ClientAsync(DemoGegevens.LasVoClientId)).ShouldBe("VO2705 [78GH00] aanbieders.lezen arrangementen.lezen dossiers.aanleveren leerlingen.koppelen leerlingen.lezen");
    }

    /// <summary>
    /// Takes away what this change added, as a database that has had the demo since before the OSO import: demo-las
    /// with only its first two scopes and De Regenboog, no OSO test school, no VO tenant, no new people.
    /// </summary>
    private static async Task MaakOudeDemoAsync()
    {
        await MetDatabaseAsync(async db =>
        {
            var vo = SwvCode.Parse("VO2705").Waarde;
            var oso = VestigingCode.Parse("00YY00").Waarde;
            db.Gebruikers.RemoveRange((await db.Gebruikers.IgnoreQueryFilters().ToListAsync()).Where(g => NieuweGebruikers.Contains(g.Email.Waarde)));
            await db.SaveChangesAsync();
            await db.Leerlingen.IgnoreQueryFilters().Where(l => l.Samenwerkingsverband == vo).ExecuteDeleteAsync();
            await db.Scholen.IgnoreQueryFilters().Where(s => s.Samenwerkingsverband == vo || s.Vestiging == oso).ExecuteDeleteAsync();
            await db.Schoolbesturen.IgnoreQueryFilters().Where(b => b.Samenwerkingsverband == vo).ExecuteDeleteAsync();
            await db.Samenwerkingsverbanden.IgnoreQueryFilters().Where(s => s.Id == vo).ExecuteDeleteAsync();
        });

        await using var scope = TestOmgeving.Fabriek.Services.CreateAsyncScope();
        var applicaties = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        await applicaties.DeleteAsync((await applicaties.FindByClientIdAsync(DemoGegevens.LasVoClientId))!);
        var las = (await applicaties.FindByClientIdAsync(DemoGegevens.LasClientId))!;
        var descriptor = new OpenIddictApplicationDescriptor();
        await applicaties.PopulateAsync(descriptor, las);
        foreach (var nieuw in new[] { "dossiers.aanleveren", "leerlingen.lezen", "leerlingen.koppelen" })
        {
            descriptor.Permissions.Remove(Permissions.Prefixes.Scope + nieuw);
        }

        descriptor.Properties["vestigingen"] = JsonSerializer.SerializeToElement(new[] { "12AB00" });
        await applicaties.UpdateAsync(las, descriptor);
        (await ClientAsync(DemoGegevens.LasClientId)).ShouldBe("PO2705 [12AB00] aanbieders.lezen arrangementen.lezen");
    }

    /// <summary>A LAS client as one line: its samenwerkingsverband, vestigingen and scopes.</summary>
    private static async Task<string> ClientAsync(string clientId)
    {
        await using var scope = TestOmgeving.Fabriek.Services.CreateAsyncScope();
        var applicaties = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var client = (await applicaties.FindByClientIdAsync(clientId))!;
        var eigenschappen = await applicaties.GetPropertiesAsync(client);
        var scopes = (await applicaties.GetPermissionsAsync(client))
            .Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[Permissions.Prefixes.Scope.Length..])
            .Order(StringComparer.Ordinal);
        return $"{eigenschappen["swv"].GetString()} [{string.Join(",", eigenschappen["vestigingen"].EnumerateArray().Select(v => v.GetString()))}] {string.Join(" ", scopes)}";
    }

    /// <summary>
    /// Every row the demo makes, by id with its change number where it has one, and every application with its
    /// concurrency token: a second load that adds, duplicates or rewrites anything shows here.
    /// </summary>
    private static async Task<List<string>> InhoudAsync()
    {
        var inhoud = new List<string>();
        await MetDatabaseAsync(async db =>
        {
            inhoud.AddRange((await db.Samenwerkingsverbanden.IgnoreQueryFilters().AsNoTracking().ToListAsync()).Select(s => $"swv {s.Code.Waarde} {s.Versie}"));
            inhoud.AddRange((await db.Schoolbesturen.IgnoreQueryFilters().AsNoTracking().ToListAsync()).Select(b => $"bestuur {b.Id}"));
            inhoud.AddRange((await db.Scholen.IgnoreQueryFilters().AsNoTracking().ToListAsync()).Select(s => $"school {s.Id} {s.Versie}"));
            inhoud.AddRange((await db.Leerlingen.IgnoreQueryFilters().AsNoTracking().ToListAsync()).Select(l => $"leerling {l.Id}"));
            inhoud.AddRange((await db.Gebruikers.IgnoreQueryFilters().AsNoTracking().ToListAsync()).Select(g => $"gebruiker {g.Id.Waarde} {g.Email.Waarde}"));
            inhoud.AddRange((await db.Arrangementen.IgnoreQueryFilters().AsNoTracking().ToListAsync()).Select(a => $"arrangement {a.Id}"));
            inhoud.AddRange((await db.Deskundigen.IgnoreQueryFilters().AsNoTracking().ToListAsync()).Select(d => $"deskundige {d.Id}"));
            inhoud.AddRange((await db.Toelaatbaarheidsverklaringen.IgnoreQueryFilters().AsNoTracking().ToListAsync()).Select(t => $"tlv {t.Id}"));
            inhoud.AddRange((await db.Ontwikkelingsperspectiefplannen.IgnoreQueryFilters().AsNoTracking().ToListAsync()).Select(o => $"opp {o.Id}"));
            inhoud.AddRange((await db.Thuiszitters.IgnoreQueryFilters().AsNoTracking().ToListAsync()).Select(t => $"thuiszitter {t.Id} {t.Versie}"));
            inhoud.AddRange((await db.Aanmeldingen.IgnoreQueryFilters().AsNoTracking().ToListAsync()).Select(a => $"aanmelding {a.Id} {a.Versie}"));
            inhoud.AddRange((await db.Onderwijsbegeleidingsaanbieders.IgnoreQueryFilters().AsNoTracking().ToListAsync()).Select(o => $"aanbieder {o.Code.Waarde}"));
            inhoud.AddRange((await db.Set<OpenIddictEntityFrameworkCoreApplication>().AsNoTracking().ToListAsync())
                .Select(a => $"client {a.ClientId} {a.ConcurrencyToken}"));
        });
        inhoud.Sort(StringComparer.Ordinal);
        return inhoud;
    }

    private static async Task MetDatabaseAsync(Func<PassendOnderwijsDbContext, Task> actie)
    {
        await using var scope = TestOmgeving.Fabriek.Services.CreateAsyncScope();
        await actie(scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>());
    }
}
