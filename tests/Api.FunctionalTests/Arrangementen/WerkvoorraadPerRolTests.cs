using System.Net;
using System.Text.Json;

namespace PassendOnderwijs.Api.FunctionalTests.Arrangementen;

/// <summary>
/// The werkvoorraad names who must act: an overdue evaluation is on the list of whoever provides the support (the
/// expert, or else the school), never on three lists at once; each line says for which role it is and why.
/// </summary>
public class WerkvoorraadPerRolTests : ArrangementTest
{
    [Test]
    public async Task An_overdue_evaluation_of_support_an_expert_provides_is_on_the_experts_list_only()
    {
        var id = await ActiefSindsMaartAsync(new { soort = "expert", naam = "Gedragsexpert", expertId = ExpertId }, "PO2705-2026-0101");

        var lijnen = await WerkvoorraadAsync(Expert);
        lijnen.Select(Kern).ShouldBe([(id, "evalueren", "expert")]);
        lijnen[0].GetProperty("omschrijving").GetString().ShouldBe("Evaluatie nodig: gestart op 1 maart 2026 en nog niet geëvalueerd");
        lijnen[0].GetProperty("deadline").GetString().ShouldBe("2026-09-01");
        lijnen[0].GetProperty("verlopen").GetBoolean().ShouldBeTrue();
        (await WerkvoorraadAsync(IbEigen)).ShouldBeEmpty();
        (await WerkvoorraadAsync(Medewerker)).ShouldBeEmpty();
    }

    [Test]
    public async Task An_overdue_evaluation_of_support_the_school_provides_is_on_the_schools_list_only_and_names_the_last_one()
    {
        var id = await ActiefSindsMaartAsync(new { soort = "school", naam = "Basisschool De Regenboog" }, "PO2705-2026-0102");
        var (_, etag) = await HaalOpAsync(id);
        await ZetStapAsync(
            id, "evaluaties", etag,
            new { datum = "2026-03-15", doelen = new[] { new { doel = 1, behaald = false } }, conclusie = "Nog niet op niveau.", vervolg = "voortzetten" },
            IbEigen);

        var lijnen = await WerkvoorraadAsync(IbEigen);
        lijnen.Select(Kern).ShouldBe([(id, "evalueren", "school-medewerker")]);
        lijnen[0].GetProperty("omschrijving").GetString().ShouldBe("Evaluatie nodig: de laatste was op 15 maart 2026");
        lijnen[0].GetProperty("deadline").GetString().ShouldBe("2026-09-15");
        (await WerkvoorraadAsync(Expert)).ShouldBeEmpty();
        (await WerkvoorraadAsync(Medewerker)).ShouldBeEmpty();
        (await WerkvoorraadAsync(IbAnder)).ShouldBeEmpty();
    }

    [Test]
    public async Task The_swv_picks_up_a_new_request_and_the_school_answers_its_question_each_on_their_own_list()
    {
        var (id, etag) = await VraagAanAsync();
        (await WerkvoorraadAsync(Medewerker)).Select(Kern).ShouldBe([(id, "in-behandeling-nemen", "swv-medewerker")]);
        (await WerkvoorraadAsync(IbEigen)).ShouldBeEmpty();
        (await WerkvoorraadAsync(Expert)).ShouldBeEmpty();

        etag = await ZetStapAsync(id, "behandeling", etag, null, Medewerker);
        (await WerkvoorraadAsync(Medewerker)).Select(Kern).ShouldBe([(id, "besluiten", "swv-medewerker")]);
        await ZetStapAsync(id, "informatieverzoek", etag, new { vraag = "Is er een handelingsplan?" }, Medewerker);
        var vraag = await WerkvoorraadAsync(IbEigen);
        vraag.Select(Kern).ShouldBe([(id, "vraag-beantwoorden", "school-medewerker")]);
        vraag[0].GetProperty("omschrijving").GetString().ShouldBe("Het samenwerkingsverband vraagt: Is er een handelingsplan?");
        (await WerkvoorraadAsync(Medewerker)).ShouldBeEmpty();
    }

    /// <summary>A request of 1 March 2026 walked to actief on that day: its first evaluation was due on 1 September.</summary>
    private async Task<Guid> ActiefSindsMaartAsync(object uitvoerder, string beschikkingsnummer)
    {
        var (id, etag) = await VraagAanAsync(aanvraag: new
        {
            leerlingId = LeerlingId, soort = "inzet-expert", doelen = new[] { "Plan voor overgangsmomenten." }, ingangsdatum = "2026-03-01",
            einddatum = "2027-03-01", uren = 20, uitvoerder, bekostiger = "swv", toelichting = "Loopt vast.",
        });
        await MaakActiefAsync(id, etag, beschikkingsnummer, startdatum: "2026-03-01");
        return id;
    }

    private static (Guid, string?, string?) Kern(JsonElement lijn) =>
        (lijn.GetProperty("arrangementId").GetGuid(), lijn.GetProperty("actie").GetString(), lijn.GetProperty("voor").GetString());

    private async Task<List<JsonElement>> WerkvoorraadAsync(string token) =>
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Pad}/werkvoorraad", token: token)).GetProperty("items").EnumerateArray().ToList();
}
