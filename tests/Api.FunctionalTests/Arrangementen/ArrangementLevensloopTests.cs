using System.Net;

namespace PassendOnderwijs.Api.FunctionalTests.Arrangementen;

public class ArrangementLevensloopTests : ArrangementTest
{
    [Test]
    public async Task A_request_goes_through_its_whole_lifecycle_and_the_history_names_every_step()
    {
        await MaakExpertBetrokkenAsync();
        var (id, etag) = await VraagAanAsync();
        etag = await ZetStapAsync(id, "behandeling", etag, null, Medewerker);
        etag = await ZetStapAsync(id, "informatieverzoek", etag, new { vraag = "Welke interventies zijn al ingezet?" }, Medewerker);
        etag = await ZetStapAsync(id, "informatieverzoek/antwoord", etag, new { antwoord = "Twee periodes verlengde instructie." }, IbEigen);
        etag = await ZetStapAsync(id, "toekenning", etag, new { beschikkingsnummer = "PO2705-2026-0001", besluitdatum = "2026-11-24", motivering = "Past." }, Medewerker);
        etag = await ZetStapAsync(id, "start", etag, new { startdatum = "2026-11-10" }, IbEigen);
        etag = await ZetStapAsync(
            id, "evaluaties", etag,
            new { datum = "2026-11-24", doelen = new[] { new { doel = 1, behaald = true }, new { doel = 2, behaald = false } }, conclusie = "Lezen gaat vooruit.", vervolg = "voortzetten" },
            Expert);

        var (tussen, _) = await HaalOpAsync(id);
        tussen.GetProperty("volgendeEvaluatieUiterlijk").GetString().ShouldBe("2027-05-24");
        await ZetStapAsync(id, "beeindiging", etag, new { einddatum = "2026-11-24", reden = "Doelen behaald." }, IbEigen);

        var (arrangement, _) = await HaalOpAsync(id, IbEigen);
        arrangement.GetProperty("status").GetString().ShouldBe("beeindigd");
        arrangement.GetProperty("besluit").GetProperty("beschikkingsnummer").GetString().ShouldBe("PO2705-2026-0001");
        arrangement.GetProperty("evaluaties")[0].GetProperty("doelen")[1].GetProperty("behaald").GetBoolean().ShouldBeFalse();
        var geschiedenis = arrangement.GetProperty("geschiedenis").EnumerateArray()
            .Select(g => (g.GetProperty("actie").GetString(), g.GetProperty("door").GetProperty("naam").GetString())).ToList();
        geschiedenis.ShouldBe(
        [
            ("aangevraagd", "Test SchoolMedewerker"),
            ("in-behandeling-genomen", "Test SwvMedewerker"),
            ("informatie-gevraagd", "Test SwvMedewerker"),
            ("informatie-gegeven", "Test SchoolMedewerker"),
            ("toegekend", "Test SwvMedewerker"),
            ("gestart", "Test SchoolMedewerker"),
            ("geevalueerd", "Test Expert"),
            ("beeindigd", "Test SchoolMedewerker"),
        ]);
    }

    [Test]
    public async Task Every_use_is_audited_against_the_pupil()
    {
        var (id, etag) = await VraagAanAsync();
        await ZetStapAsync(id, "behandeling", etag, null, Medewerker);
        await HaalOpAsync(id);

        var audit = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={LeerlingId}");
        var regels = audit.GetProperty("auditRegels").EnumerateArray()
            .Select(r => (r.GetProperty("actie").GetString(), r.GetProperty("resourceSoort").GetString())).ToList();
        regels.ShouldContain(("aanmaken", "leerling"));
        regels.ShouldContain(("aanmaken", "arrangement"));
        regels.ShouldContain(("wijzigen", "arrangement"));
        regels.ShouldContain(("lezen", "arrangement"));
    }

    [Test]
    public async Task A_list_read_is_recorded_against_every_pupil_on_the_page()
    {
        var tweede = await RegistreerLeerlingAsync("Daan", EigenVestiging, IbEigen);
        await VraagAanAsync();

        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/leerlingen", token: Medewerker)).GetProperty("leerlingen").GetArrayLength().ShouldBe(2);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Pad, token: Medewerker)).GetProperty("arrangementen").GetArrayLength().ShouldBe(1);

        (await LezingenAsync(LeerlingId)).ShouldBe([("arrangement", "Test SwvMedewerker"), ("leerling", "Test SwvMedewerker")], ignoreOrder: true);
        (await LezingenAsync(tweede)).ShouldBe([("leerling", "Test SwvMedewerker")]);
    }

    [Test]
    public async Task The_werkvoorraad_shows_each_role_what_waits_for_it()
    {
        var (id, etag) = await VraagAanAsync();
        (await WerkvoorraadAsync(Medewerker)).ShouldContain((id, "in-behandeling-nemen"));
        (await WerkvoorraadAsync(IbEigen)).ShouldBeEmpty();

        etag = await ZetStapAsync(id, "behandeling", etag, null, Medewerker);
        await ZetStapAsync(id, "informatieverzoek", etag, new { vraag = "Is er een handelingsplan?" }, Medewerker);
        (await WerkvoorraadAsync(IbEigen)).ShouldBe([(id, "vraag-beantwoorden")]);
        (await WerkvoorraadAsync(Medewerker)).ShouldBeEmpty();
        (await WerkvoorraadAsync(IbAnder)).ShouldBeEmpty();
    }

    [Test]
    public async Task A_werkvoorraad_read_is_recorded_against_every_pupil_it_names()
    {
        var tweede = await RegistreerLeerlingAsync("Daan", EigenVestiging, IbEigen);
        var (id, _) = await VraagAanAsync();

        var werk = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Pad}/werkvoorraad", token: Medewerker);
        werk.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("arrangementId").GetGuid(), i.GetProperty("leerlingId").GetGuid()))
            .ShouldBe([(id, LeerlingId)]);

        (await LezingenAsync(LeerlingId)).ShouldBe([("arrangement", "Test SwvMedewerker")]);
        (await LezingenAsync(tweede)).ShouldBeEmpty();
    }

    [Test]
    public async Task An_arrangement_past_its_half_yearly_evaluation_is_listed_as_overdue()
    {
        var (id, etag) = await VraagAanAsync(aanvraag: new
        {
            leerlingId = LeerlingId, soort = "inzet-expert", doelen = new[] { "Plan voor overgangsmomenten." }, ingangsdatum = "2026-03-01", einddatum = "2027-03-01",
            uren = 20, uitvoerder = new { soort = "expert", naam = "Gedragsexpert", expertId = ExpertId }, bekostiger = "swv", toelichting = "Loopt vast.",
        });
        await MaakActiefAsync(id, etag, "PO2705-2026-0002", startdatum: "2026-03-01");
        await VraagAanAsync();

        var verlopen = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Pad}?evaluatieVerlopen=true", token: Medewerker);
        verlopen.GetProperty("arrangementen").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ShouldBe([id]);
        verlopen.GetProperty("arrangementen")[0].GetProperty("evaluatieVerlopen").GetBoolean().ShouldBeTrue();
        var werk = await WerkvoorraadAsync(Expert);
        werk.ShouldBe([(id, "evalueren")]);
    }

    /// <summary>Who read this pupil's data, and as what (reads only; the requests and registrations are changes).</summary>
    private async Task<List<(string?, string?)>> LezingenAsync(Guid leerling) =>
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={leerling}")).GetProperty("auditRegels").EnumerateArray()
            .Where(r => r.GetProperty("actie").GetString() == "lezen")
            .Select(r => (r.GetProperty("resourceSoort").GetString(), r.GetProperty("actorNaam").GetString()))
            .ToList();

    private async Task<List<(Guid, string?)>> WerkvoorraadAsync(string token) =>
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Pad}/werkvoorraad", token: token)).GetProperty("items").EnumerateArray()
            .Select(i => (i.GetProperty("arrangementId").GetGuid(), i.GetProperty("actie").GetString())).ToList();
}
