using System.Net;
using System.Text.Json;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests.Begeleidingsaanbod;

public class AanbiederBeheerTests : AanbiederTest
{
    [Test]
    public async Task Registering_gives_the_aanbieder_with_its_version_as_etag_and_location()
    {
        using var response = await Stuur(HttpMethod.Post, Pad, AanbiederVoorbeeld.Registratie("123A456"));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe("/api/v1/onderwijsbegeleidingsaanbieders/123A456");
        var aanbieder = await JsonAsync(response);
        response.Headers.ETag!.Tag.ShouldBe($"\"{aanbieder.GetProperty("versie").GetInt64()}\"");
        var (opgehaald, etag) = await HaalOpAsync("123A456");
        etag.ShouldBe(response.Headers.ETag.Tag);
        opgehaald.GetProperty("erkenning").GetProperty("cluster").GetInt32().ShouldBe(1);
    }

    [Test]
    public async Task Bad_registration_input_lists_every_problem_and_stores_nothing()
    {
        using var response = await Stuur(HttpMethod.Post, Pad, new
        {
            code = "12A3456",
            naam = new string('x', 81),
            inbedrijfdatum = "2020-08-01",
            bestuur = "Stichting",
            erkenning = new { code = "E1", cluster = 5, licenties = new[] { "GEEN_EXPERTISE_CODE", "kleine letters" } },
            communicatiecontexten = new[] { new { context = "algemeen", email = "geen-adres", web = "http://onveilig.nl" } },
        });

        var probleem = await ProbleemAsync(response, 400);
        var velden = probleem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("pointer").GetString()).ToList();
        velden.ShouldBe(
            ["#/code", "#/naam", "#/erkenning/cluster", "#/erkenning/licenties/1", "#/communicatiecontexten/0/context",
             "#/communicatiecontexten/0/email", "#/communicatiecontexten/0/web"],
            ignoreOrder: true);
        (await Zoek("")).GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task A_licence_with_an_expertise_the_waardelijst_does_not_know_is_refused()
    {
        using var response = await Stuur(HttpMethod.Post, Pad, AanbiederVoorbeeld.Registratie("123A456", licenties: ["VISUELE_BEPERKINGEN", "TELEPATHIE"]));

        var probleem = await ProbleemAsync(response, 400);
        probleem.GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("onbekende-expertise");
    }

    [Test]
    public async Task The_same_code_twice_is_a_conflict()
    {
        await RegistreerAsync("123A456");

        using var response = await Stuur(HttpMethod.Post, Pad, AanbiederVoorbeeld.Registratie("123A456"));

        (await ProbleemAsync(response, 409)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:aanbieder-bestaat-al");
    }

    [Test]
    public async Task Offering_an_expertise_the_licence_does_not_allow_breaks_a_named_rule_and_changes_nothing()
    {
        var etag = await RegistreerAsync("123A456");

        using var response = await Wijzig(HttpMethod.Post, $"{Pad}/123A456/aanbod", etag, AanbiederVoorbeeld.Aanbod("DOOFHEID"));

        (await ProbleemAsync(response, 422)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:expertise-niet-in-licentie");
        var (aanbieder, ongewijzigd) = await HaalOpAsync("123A456");
        ongewijzigd.ShouldBe(etag);
        aanbieder.GetProperty("aanbod").GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task Overlapping_aanbod_of_the_same_expertise_is_refused()
    {
        var etag = await RegistreerAsync("123A456", 1, AanbiederVoorbeeld.Aanbod());

        using var response = await Wijzig(HttpMethod.Post, $"{Pad}/123A456/aanbod", etag, new
        {
            expertise = "VISUELE_BEPERKINGEN",
            begindatum = "2027-01-01",
            werkgebied = new { postcodegebieden = new[] { "3811" } },
        });

        (await ProbleemAsync(response, 422)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:overlappend-aanbod");
    }

    [Test]
    public async Task Bad_aanbod_input_lists_every_problem()
    {
        var etag = await RegistreerAsync("123A456");

        using var response = await Wijzig(HttpMethod.Post, $"{Pad}/123A456/aanbod", etag, new
        {
            expertise = "onbekend",
            begindatum = "2027-08-01",
            einddatum = "2027-07-31",
            werkgebied = new { samenwerkingsverbanden = new[] { "XX1234" }, postcodegebieden = new[] { "0123" } },
            capaciteit = -1,
        });

        var probleem = await ProbleemAsync(response, 400);
        probleem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ShouldBe(
            ["ongeldige-expertisecode", "omgekeerde-periode", "ongeldige-swv-code", "ongeldig-postcodegebied", "ongeldige-capaciteit"],
            ignoreOrder: true);
    }

    [Test]
    public async Task A_bad_code_in_the_path_and_a_bad_body_are_reported_together()
    {
        using var response = await Wijzig(HttpMethod.Post, $"{Pad}/12A3456/aanbod", "\"1\"", new { expertise = "onbekend", capaciteit = -1 });

        var fouten = (await ProbleemAsync(response, 400)).GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("code").GetString(), Waar(e))).ToList();
        fouten.ShouldBe(
            [("ongeldige-oba-code", "code"), ("ongeldige-expertisecode", "#/expertise"), ("periode-vereist", "#/begindatum"), ("ongeldige-capaciteit", "#/capaciteit")]);
    }

    [Test]
    public async Task Each_ending_asks_for_its_last_day_in_its_own_words()
    {
        var etag = await RegistreerAsync("123A456", 1, AanbiederVoorbeeld.Aanbod());
        var (aanbieder, _) = await HaalOpAsync("123A456");
        var aanbodId = aanbieder.GetProperty("aanbod")[0].GetProperty("id").GetGuid();

        using var aanbod = await Wijzig(HttpMethod.Post, $"{Pad}/123A456/aanbod/{aanbodId}/beeindiging", etag, new { });
        using var uitBedrijf = await Wijzig(HttpMethod.Post, $"{Pad}/123A456/uitbedrijfname", etag, new { });

        var aanbodProbleem = await ProbleemAsync(aanbod, 400);
        aanbodProbleem.GetProperty("detail").GetString().ShouldBe("Geef de laatste dag op waarop het aanbod nog geldt.");
        aanbodProbleem.GetProperty("errors")[0].GetProperty("pointer").GetString().ShouldBe("#/laatsteDag");
        (await ProbleemAsync(uitBedrijf, 400)).GetProperty("detail").GetString().ShouldBe("Geef de laatste dag op waarop de aanbieder in bedrijf is.");
        (await HaalOpAsync("123A456")).Etag.ShouldBe(etag);
    }

    [Test]
    public async Task A_change_without_if_match_is_refused_with_428_and_a_stale_one_with_412()
    {
        var etag = await RegistreerAsync("123A456");
        var contact = new { communicatiecontexten = new[] { new { context = "ALGEMEEN", telefoon = "+31 30 123 4567" } } };

        using var zonder = await Wijzig(HttpMethod.Put, $"{Pad}/123A456/communicatiecontexten", null, contact);
        (await ProbleemAsync(zonder, 428)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:versie-vereist");

        using var eerste = await Wijzig(HttpMethod.Put, $"{Pad}/123A456/communicatiecontexten", etag, contact);
        eerste.StatusCode.ShouldBe(HttpStatusCode.OK);
        eerste.Headers.ETag!.Tag.ShouldNotBe(etag);

        using var verouderd = await Wijzig(HttpMethod.Post, $"{Pad}/123A456/uitbedrijfname", etag, new { laatsteDag = "2026-12-31" });
        (await ProbleemAsync(verouderd, 412)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:versie-verouderd");
        (await HaalOpAsync("123A456")).Aanbieder.TryGetProperty("uitbedrijfdatum", out _).ShouldBeFalse();

        using var geenGetal = await Wijzig(HttpMethod.Delete, $"{Pad}/123A456", "*");
        await ProbleemAsync(geenGetal, 412);
    }

    [Test]
    public async Task Of_twenty_parallel_writers_with_the_same_version_exactly_one_wins()
    {
        var etag = await RegistreerAsync("123A456");

        var pogingen = Enumerable.Range(0, 20).Select(async i =>
        {
            using var response = await Wijzig(HttpMethod.Put, $"{Pad}/123A456/communicatiecontexten", etag, new
            {
                communicatiecontexten = new[] { new { context = "ALGEMEEN", email = $"schrijver{i}@voorbeeld.nl" } },
            });
            return response.StatusCode;
        });
        var statussen = await Task.WhenAll(pogingen);

        statussen.Count(s => s == HttpStatusCode.OK).ShouldBe(1);
        statussen.Count(s => s == HttpStatusCode.PreconditionFailed).ShouldBe(19);
    }

    [Test]
    public async Task Taking_out_of_service_ends_the_aanbod_on_that_day()
    {
        var etag = await RegistreerAsync("123A456", 1, AanbiederVoorbeeld.Aanbod());

        using var response = await Wijzig(HttpMethod.Post, $"{Pad}/123A456/uitbedrijfname", etag, new { laatsteDag = "2026-12-31" });

        var aanbieder = await JsonAsync(response);
        aanbieder.GetProperty("uitbedrijfdatum").GetString().ShouldBe("2026-12-31");
        aanbieder.GetProperty("aanbod")[0].GetProperty("einddatum").GetString().ShouldBe("2026-12-31");
        (await Zoek("?geldigOp=2027-01-04")).GetArrayLength().ShouldBe(0);
        (await Zoek("?geldigOp=2026-12-31")).GetArrayLength().ShouldBe(1);
    }

    [Test]
    public async Task Search_combines_criteria_on_one_and_the_same_offer()
    {
        await RegistreerAsync("100A001", 1, AanbiederVoorbeeld.Aanbod("VISUELE_BEPERKINGEN", samenwerkingsverbanden: ["PO2705"]));
        await RegistreerAsync("100A002", 1, AanbiederVoorbeeld.Aanbod("VISUELE_BEPERKINGEN", samenwerkingsverbanden: ["PO0301"]), AanbiederVoorbeeld.Aanbod("VISUEEL_MEERVOUDIG_BEPERKT"));
        await RegistreerAsync("100A003", 1, AanbiederVoorbeeld.Aanbod("VISUELE_BEPERKINGEN", samenwerkingsverbanden: []));

        Codes(await Zoek("?expertise=VISUELE_BEPERKINGEN&werkgebied=PO2705")).ShouldBe(["100A001", "100A003"]);
        Codes(await Zoek("?naam=100a002")).ShouldBe(["100A002"]);
        Codes(await Zoek("?cluster=2")).ShouldBeEmpty();
    }

    [Test]
    public async Task An_unknown_expertise_in_a_search_is_invalid_input_not_an_empty_list()
    {
        using var response = await Stuur(HttpMethod.Get, $"{Pad}?expertise=TELEPATHIE");

        (await ProbleemAsync(response, 400)).GetProperty("errors")[0].GetProperty("parameter").GetString().ShouldBe("expertise");
    }

    [Test]
    public async Task Removing_writes_a_tombstone_and_the_aanbieder_is_gone()
    {
        var etag = await RegistreerAsync("123A456");

        using var response = await Wijzig(HttpMethod.Delete, $"{Pad}/123A456", etag);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var weg = await Stuur(HttpMethod.Get, $"{Pad}/123A456");
        await ProbleemAsync(weg, 404);
    }

    [Test]
    public async Task School_staff_can_read_the_register_but_not_change_it()
    {
        await Aanmelding.RegistreerAsync("ib@school.nl", Rol.SchoolMedewerker, "12AB00");
        var ib = await Aanmelding.AccessTokenAsync("ib@school.nl");
        var etag = await RegistreerAsync("123A456");

        using var lezen = await Stuur(HttpMethod.Get, $"{Pad}/123A456", token: ib);
        lezen.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var wijzigen = await Wijzig(HttpMethod.Post, $"{Pad}/123A456/uitbedrijfname", etag, new { laatsteDag = "2026-12-31" }, ib);
        await ProbleemAsync(wijzigen, 403);
    }

    private static List<string> Codes(JsonElement aanbieders) =>
        aanbieders.EnumerateArray().Select(a => a.GetProperty("code").GetString()!).Order(StringComparer.Ordinal).ToList();

    private async Task<JsonElement> Zoek(string query)
    {
        using var response = await Stuur(HttpMethod.Get, Pad + query);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await JsonAsync(response)).GetProperty("onderwijsbegeleidingsaanbieders");
    }

    /// <summary>Where a problem is: a path or query parameter by its name, a body field by its JSON pointer.</summary>
    private static string? Waar(JsonElement fout) =>
        fout.TryGetProperty("parameter", out var parameter) ? parameter.GetString() : fout.GetProperty("pointer").GetString();
}
