using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using PassendOnderwijs.Domain.Ondersteuning;

namespace PassendOnderwijs.Api.FunctionalTests.Arrangementen;

public class OrganisatieEnLeerlingTests : ArrangementTest
{
    [Test]
    public async Task Changing_the_indeling_after_set_up_needs_the_current_version()
    {
        using var zonder = await Stuur(HttpMethod.Put, "/api/v1/samenwerkingsverband", new { naam = "SWV Test", regios = Array.Empty<object>() });
        await ProbleemAsync(zonder, 428);

        using var huidig = await Stuur(HttpMethod.Get, "/api/v1/samenwerkingsverband");
        using var metVersie = await Wijzig(HttpMethod.Put, "/api/v1/samenwerkingsverband", huidig.Headers.ETag!.Tag, new
        {
            naam = "SWV Test",
            regios = new[] { new { naam = "Noord", lokaleNetwerken = new[] { "Noord-West", "noord-west" } }, new { naam = "", lokaleNetwerken = Array.Empty<string>() } },
        }, Beheerder);
        var fouten = (await ProbleemAsync(metVersie, 400)).GetProperty("errors").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToList();
        fouten.ShouldBe(["dubbel-netwerk", "naam-vereist"], ignoreOrder: true);
    }

    [Test]
    public async Task A_school_keeps_its_ondersteuningsprofiel_on_the_five_IVO_fields()
    {
        using var school = await Stuur(HttpMethod.Get, $"/api/v1/scholen/{EigenVestiging}", token: IbEigen);
        var etag = school.Headers.ETag!.Tag;

        using var eigen = await Wijzig(HttpMethod.Put, $"/api/v1/scholen/{EigenVestiging}/ondersteuningsprofiel", etag, new
        {
            aandachtEnTijd = "Kleine instructiegroepen.", onderwijsmaterialen = "Aangepaste leesmethode.", ruimtelijkeOmgeving = "Prikkelarme werkplek.",
            expertise = "Gedragsspecialist.", samenwerkingMetAndereInstanties = "Wijkteam.",
            niveaus = new { aandachtEnTijd = 2, expertise = 0, samenwerkingMetAndereInstanties = 3 },
        }, IbEigen);
        eigen.StatusCode.ShouldBe(HttpStatusCode.OK);
        var profiel = (await JsonAsync(eigen)).GetProperty("ondersteuningsprofiel");
        profiel.GetProperty("expertise").GetString().ShouldBe("Gedragsspecialist.");
        var niveaus = profiel.GetProperty("niveaus");
        niveaus.GetProperty("aandachtEnTijd").GetInt32().ShouldBe(2);
        niveaus.GetProperty("expertise").GetInt32().ShouldBe(0);
        niveaus.GetProperty("samenwerkingMetAndereInstanties").GetInt32().ShouldBe(3);
        // Not filled in is null (left out of the answer), never 0.
        (!niveaus.TryGetProperty("onderwijsmaterialen", out var materialen) || materialen.ValueKind == System.Text.Json.JsonValueKind.Null).ShouldBeTrue();
        using var gelezen = await Stuur(HttpMethod.Get, $"/api/v1/scholen/{EigenVestiging}", token: IbEigen);
        (await JsonAsync(gelezen)).GetProperty("ondersteuningsprofiel").GetProperty("niveaus").GetProperty("aandachtEnTijd").GetInt32().ShouldBe(2);

        using var verouderd = await Wijzig(HttpMethod.Put, $"/api/v1/scholen/{EigenVestiging}/ondersteuningsprofiel", etag, new { aandachtEnTijd = "x" }, Beheerder);
        await ProbleemAsync(verouderd, 412);
        using var anderSchool = await Wijzig(HttpMethod.Put, $"/api/v1/scholen/{EigenVestiging}/ondersteuningsprofiel", eigen.Headers.ETag!.Tag, new { aandachtEnTijd = "x" }, IbAnder);
        await ProbleemAsync(anderSchool, 403);
    }

    [Test]
    public async Task A_pupils_ondersteuningsbehoeften_are_kept_with_the_view_of_pupil_and_parents()
    {
        using var leerling = await Stuur(HttpMethod.Get, $"/api/v1/leerlingen/{LeerlingId}", token: IbEigen);
        using var response = await Wijzig(HttpMethod.Put, $"/api/v1/leerlingen/{LeerlingId}/ondersteuningsbehoeften", leerling.Headers.ETag!.Tag, new
        {
            bevorderendeFactoren = "Werkt goed met structuur.",
            belemmerendeFactoren = "Snel overprikkeld.",
            onderwijsbehoeften = new { aandachtEnTijd = "Verlengde instructie.", ruimtelijkeOmgeving = "Rustige werkplek.", niveaus = new { aandachtEnTijd = 1, ruimtelijkeOmgeving = 2 } },
            visieLeerling = "Ik wil beter leren lezen.",
            visieOuders = "Thuis is ze moe.",
        }, IbEigen);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var behoeften = (await JsonAsync(response)).GetProperty("ondersteuningsbehoeften");
        behoeften.GetProperty("onderwijsbehoeften").GetProperty("ruimtelijkeOmgeving").GetString().ShouldBe("Rustige werkplek.");
        behoeften.GetProperty("visieOuders").GetString().ShouldBe("Thuis is ze moe.");
        behoeften.GetProperty("onderwijsbehoeften").GetProperty("niveaus").GetProperty("ruimtelijkeOmgeving").GetInt32().ShouldBe(2);
        behoeften.GetProperty("expertises").GetArrayLength().ShouldBe(0);
        response.Headers.ETag!.Tag.ShouldNotBe(leerling.Headers.ETag!.Tag);

        using var gelezen = await Stuur(HttpMethod.Get, $"/api/v1/leerlingen/{LeerlingId}", token: IbEigen);
        (await JsonAsync(gelezen)).GetProperty("ondersteuningsbehoeften").GetProperty("onderwijsbehoeften").GetProperty("niveaus")
            .GetProperty("aandachtEnTijd").GetInt32().ShouldBe(1);
    }

    [Test]
    public async Task A_level_outside_0_to_3_is_reported_per_field_with_the_other_problems_and_an_unknown_expertise_by_its_code()
    {
        using var leerling = await Stuur(HttpMethod.Get, $"/api/v1/leerlingen/{LeerlingId}", token: IbEigen);
        using var ongeldig = await Wijzig(HttpMethod.Put, $"/api/v1/leerlingen/{LeerlingId}/ondersteuningsbehoeften", leerling.Headers.ETag!.Tag, new
        {
            onderwijsbehoeften = new { expertise = new string('x', IvoVelden.MaximaleLengte + 1), niveaus = new { aandachtEnTijd = 7, expertise = -1 } },
            expertises = new[] { "autisme" },
        }, IbEigen);

        var fouten = (await ProbleemAsync(ongeldig, 400)).GetProperty("errors").EnumerateArray()
            .Select(f => (f.GetProperty("code").GetString(), f.GetProperty("pointer").GetString())).ToList();
        fouten.ShouldBe(
        [
            ("tekst-te-lang", "#/ondersteuningsbehoeften/onderwijsbehoeften/expertise"),
            ("niveau-ongeldig", "#/ondersteuningsbehoeften/onderwijsbehoeften/niveaus/aandachtEnTijd"),
            ("niveau-ongeldig", "#/ondersteuningsbehoeften/onderwijsbehoeften/niveaus/expertise"),
            ("ongeldige-expertisecode", "#/ondersteuningsbehoeften/expertises/0"),
        ], ignoreOrder: true);

        // A code of the right form that no waardelijst knows is only found out against the store, once the input reads.
        using var onbekend = await Wijzig(HttpMethod.Put, $"/api/v1/leerlingen/{LeerlingId}/ondersteuningsbehoeften", leerling.Headers.ETag!.Tag, new
        {
            expertises = new[] { "BESTAAT_NIET" },
        }, IbEigen);
        var probleem = await ProbleemAsync(onbekend, 400);
        var fout = probleem.GetProperty("errors").EnumerateArray().Single();
        fout.GetProperty("code").GetString().ShouldBe("onbekende-expertise");
        fout.GetProperty("detail").GetString()!.ShouldContain("BESTAAT_NIET");
    }

    [Test]
    public async Task A_pupils_postcode_area_is_four_digits_and_never_a_full_postcode()
    {
        using var leerling = await Stuur(HttpMethod.Get, $"/api/v1/leerlingen/{LeerlingId}", token: IbEigen);
        using var volledig = await Wijzig(HttpMethod.Put, $"/api/v1/leerlingen/{LeerlingId}/postcodegebied", leerling.Headers.ETag!.Tag, new { postcodegebied = "3811AB" }, IbEigen);
        (await ProbleemAsync(volledig, 400)).GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("ongeldig-postcodegebied");

        using var gebied = await Wijzig(HttpMethod.Put, $"/api/v1/leerlingen/{LeerlingId}/postcodegebied", leerling.Headers.ETag!.Tag, new { postcodegebied = "3811" }, IbEigen);
        gebied.StatusCode.ShouldBe(HttpStatusCode.OK, await gebied.Content.ReadAsStringAsync());
        (await JsonAsync(gebied)).GetProperty("postcodegebied").GetString().ShouldBe("3811");
    }

    [Test]
    public async Task A_pupil_needs_a_name_a_plausible_birth_date_and_a_known_school()
    {
        using var response = await Stuur(HttpMethod.Post, "/api/v1/leerlingen", new { voornaam = "", geboortedatum = "2030-01-01", vestiging = "99ZZ99", groep = "5" }, Medewerker);
        (await ProbleemAsync(response, 400)).GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("school-onbekend");
        using var onvolledig = await Stuur(HttpMethod.Post, "/api/v1/leerlingen", new { voornaam = "", geboortedatum = "2030-01-01", vestiging = EigenVestiging }, Medewerker);
        var fouten = (await ProbleemAsync(onvolledig, 400)).GetProperty("errors").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToList();
        fouten.ShouldBe(["voornaam-vereist", "achternaam-vereist", "groep-vereist", "onwaarschijnlijke-geboortedatum"], ignoreOrder: true);
    }

    [Test]
    public async Task A_school_registration_hears_of_every_problem_in_its_request_at_once()
    {
        using var response = await Stuur(HttpMethod.Post, "/api/v1/scholen", new
        {
            vestiging = "12ab00", naam = "De Linde", soort = "BSO", schoolbestuur = " ",
            ondersteuningsprofiel = new { expertise = new string('x', IvoVelden.MaximaleLengte + 1) },
        }, Beheerder);

        var fouten = (await ProbleemAsync(response, 400)).GetProperty("errors").EnumerateArray()
            .Select(f => (f.GetProperty("code").GetString(), f.GetProperty("pointer").GetString())).ToList();
        fouten.ShouldBe(
        [
            ("ongeldige-vestigingcode", "#/vestiging"), ("ongeldige-soort", "#/soort"), ("schoolbestuur-vereist", "#/schoolbestuur"),
            ("tekst-te-lang", "#/ondersteuningsprofiel/expertise"),
        ]);
    }

    [Test]
    public async Task A_profile_for_a_malformed_vestiging_is_refused_with_every_problem_before_the_school_is_looked_up()
    {
        using var response = await Wijzig(
            HttpMethod.Put, "/api/v1/scholen/12ab00/ondersteuningsprofiel", "\"1\"", new { aandachtEnTijd = new string('x', IvoVelden.MaximaleLengte + 1) }, Beheerder);

        var fouten = (await ProbleemAsync(response, 400)).GetProperty("errors").EnumerateArray().ToList();
        fouten.Select(f => f.GetProperty("code").GetString()).ShouldBe(["ongeldige-vestigingcode", "tekst-te-lang"]);
        fouten[0].GetProperty("parameter").GetString().ShouldBe("vestiging");
        fouten[1].GetProperty("pointer").GetString().ShouldBe("#/ondersteuningsprofiel/aandachtEnTijd");
    }
}
