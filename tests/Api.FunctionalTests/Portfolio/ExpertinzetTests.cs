using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Infrastructure.Outbox;

namespace PassendOnderwijs.Api.FunctionalTests.Portfolio;

/// <summary>
/// Issue 20, the expert inzet: the school starts it for its pupil from a casus, the procesbegeleider links an expert
/// (who then sees that pupil and only their own inzetten), the HGW cycle with notes, plan and hours against the
/// budget, and closing, which ends the expert's access.
/// </summary>
public partial class ExpertinzetTests : ArrangementTest
{
    private const string Inzetten = "/api/v1/expertinzetten";

    private static object Aanvraag(Guid leerling, Guid casus) => new
    {
        leerlingId = leerling,
        casusId = casus,
        expertisegebied = "gedrag",
        ondersteuningsvraag = "Hoe helpen we Sanne bij driftbuien?",
        belemmerendeFactoren = "Veel prikkels in de klas.",
        stimulerendeFactoren = "Goede band met de leerkracht.",
        gebodenOndersteuning = "Time-out plek en dagritmekaarten.",
    };

    private async Task<(Guid Id, string Etag)> StartAsync(Guid? leerling = null)
    {
        using var response = await Stuur(HttpMethod.Post, Inzetten, Aanvraag(leerling ?? LeerlingId, await CasusMetInzetExpertAsync()), IbEigen);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var inzet = await JsonAsync(response);
        return (inzet.GetProperty("id").GetGuid(), response.Headers.ETag!.Tag);
    }

    private async Task<HttpResponseMessage> WijzigAsync(HttpMethod methode, string pad, string? ifMatch, object? inhoud, string token)
    {
        using var verzoek = new HttpRequestMessage(methode, pad);
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (ifMatch is not null)
        {
            verzoek.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        verzoek.Content = JsonContent.Create(inhoud ?? new { });
        return await Client.SendAsync(verzoek);
    }

    /// <summary>A change that must succeed; returns the inzet and its new ETag.</summary>
    private async Task<(JsonElement Inzet, string Etag)> DoeAsync(Guid id, string stap, string etag, object? inhoud, string token, HttpMethod? methode = null)
    {
        using var response = await WijzigAsync(methode ?? HttpMethod.Post, $"{Inzetten}/{id}/{stap}", etag, inhoud, token);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{stap}: {await response.Content.ReadAsStringAsync()}");
        return (await JsonAsync(response), response.Headers.ETag!.Tag);
    }

    private static object Plan(decimal budget) => new
    {
        doelen = new[] { "Sanne werkt 20 minuten zelfstandig." },
        interventies = new[] { new { omschrijving = "Rustige werkplek", van = "2026-11-24", tot = "2027-01-31", wie = "Leerkracht" } },
        urenBudget = budget,
    };

    /// <summary>Linked, through waarnemen and begrijpen, with a plan, in realiseren.</summary>
    private async Task<(Guid Id, string Etag)> InRealiserenAsync(decimal budget = 10m)
    {
        var (id, etag) = await StartAsync();
        (_, etag) = await DoeAsync(id, "koppeling", etag, new { expertId = ExpertId }, await ProcesbegeleiderAsync());
        (_, etag) = await DoeAsync(id, "fase", etag, new { naar = "waarnemen" }, IbEigen);
        (_, etag) = await DoeAsync(id, "fase", etag, new { naar = "begrijpen" }, Expert);
        (_, etag) = await DoeAsync(id, "samenvatting", etag, new { conclusies = "Overprikkeld.", aanbevelingen = "Rustige werkplek.", handelingsgerichteDiagnostiek = true }, Expert);
        (_, etag) = await DoeAsync(id, "fase", etag, new { naar = "plannen" }, Expert);
        (_, etag) = await DoeAsync(id, "plan", etag, Plan(budget), Expert, HttpMethod.Put);
        (_, etag) = await DoeAsync(id, "fase", etag, new { naar = "realiseren" }, IbEigen);
        return (id, etag);
    }

    private static async Task VerwerkOutboxAsync()
    {
        var verwerker = TestOmgeving.Fabriek.Services.GetRequiredService<OutboxVerwerker>();
        while (await verwerker.VerwerkBatchAsync(CancellationToken.None) > 0)
        {
        }
    }

    [Test]
    public async Task Only_the_school_of_the_pupil_starts_an_inzet_and_it_waits_for_an_expert()
    {
        // Another school cannot use this school's casus, nor start for its pupil; SWV staff and experts do not start.
        var casus = await CasusMetInzetExpertAsync();
        await ProbleemAsync(await Stuur(HttpMethod.Post, Inzetten, Aanvraag(LeerlingId, casus), IbAnder), 404);
        await ProbleemAsync(await Stuur(HttpMethod.Post, Inzetten, Aanvraag(LeerlingId, casus), Medewerker), 403);
        await ProbleemAsync(await Stuur(HttpMethod.Post, Inzetten, Aanvraag(LeerlingId, casus), Expert), 403);

        // A casus that does not exist, or one that asked for another gebied, is no ground for an inzet.
        (await ProbleemAsync(await Stuur(HttpMethod.Post, Inzetten, Aanvraag(LeerlingId, Guid.CreateVersion7()), IbEigen), 422))
            .GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("casus-onbekend");
        var andereGebied = await CasusMetInzetExpertAsync("jonge-kind");
        (await ProbleemAsync(await Stuur(HttpMethod.Post, Inzetten, Aanvraag(LeerlingId, andereGebied), IbEigen), 422))
            .GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("ander-expertisegebied");

        using var response = await Stuur(HttpMethod.Post, Inzetten, Aanvraag(LeerlingId, casus), IbEigen);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var inzet = await JsonAsync(response);
        var id = inzet.GetProperty("id").GetGuid();
        response.Headers.Location!.OriginalString.ShouldBe($"{Inzetten}/{id}");
        (inzet.GetProperty("status").GetString(), inzet.GetProperty("expertisegebied").GetString(), inzet.GetProperty("leerling").GetProperty("voornaam").GetString())
            .ShouldBe(("wacht-op-expert", "gedrag", "Sanne"));
        inzet.GetProperty("richtlijn").GetProperty("doetNiet").GetArrayLength().ShouldBe(5);
        inzet.GetProperty("urenstand").GetProperty("gebruikt").GetDecimal().ShouldBe(0m);
        inzet.GetProperty("toegestaneStappen").EnumerateArray().Select(s => s.GetString()).ShouldBe(["notitie"]);

        // The casus is used: a second inzet from it is refused, and the casus knows its inzet.
        (await ProbleemAsync(await Stuur(HttpMethod.Post, Inzetten, Aanvraag(LeerlingId, casus), IbEigen), 409))
            .GetProperty("errors")[0].GetProperty("pointer").GetString().ShouldBe("#/casusId");
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/casussen/{casus}", token: IbEigen)).GetProperty("gekoppeldAanInzet").GetBoolean().ShouldBeTrue();
        await ProbleemAsync(await Stuur(HttpMethod.Get, $"{Inzetten}/{id}", token: IbAnder), 404);

        // Before linking, the expert does not see it.
        await ProbleemAsync(await Stuur(HttpMethod.Get, $"{Inzetten}/{id}", token: Expert), 404);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Inzetten, token: Expert)).GetProperty("totaal").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task Bad_input_lists_every_problem()
    {
        using var response = await Stuur(HttpMethod.Post, Inzetten, new { expertisegebied = "tovenarij", ondersteuningsvraag = " " }, IbEigen);
        var codes = (await ProbleemAsync(response, 400)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList();
        codes.ShouldBe(
            ["leerling-vereist", "casus-vereist", "ongeldige-expertisegebied", "ondersteuningsvraag-vereist", "belemmerende-factoren-vereist", "stimulerende-factoren-vereist", "geboden-ondersteuning-vereist"],
            ignoreOrder: true);

        using var vreemd = await Stuur(HttpMethod.Post, Inzetten, new
        {
            leerlingId = LeerlingId, casusId = Guid.CreateVersion7(), expertisegebied = "gedrag", ondersteuningsvraag = "Vraag.", belemmerendeFactoren = "B.",
            stimulerendeFactoren = "S.", gebodenOndersteuning = "G.", oppId = Guid.CreateVersion7(), arrangementId = Guid.CreateVersion7(),
        }, IbEigen);
        (await ProbleemAsync(vreemd, 422)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString())
            .ShouldBe(["opp-onbekend", "arrangement-onbekend"], ignoreOrder: true);
    }

    [Test]
    public async Task Linking_makes_the_expert_betrokkene_and_they_see_only_their_own_inzetten()
    {
        var (id, etag) = await StartAsync();
        var tweede = await RegistreerLeerlingAsync("Daan", EigenVestiging, IbEigen);
        var (ander, _) = await StartAsync(tweede);
        await ProbleemAsync(await Stuur(HttpMethod.Get, $"/api/v1/leerlingen/{LeerlingId}", token: Expert), 404);

        using (var zonder = await WijzigAsync(HttpMethod.Post, $"{Inzetten}/{id}/koppeling", null, new { expertId = ExpertId }, await ProcesbegeleiderAsync()))
        {
            await ProbleemAsync(zonder, 428);
        }

        using (var school = await WijzigAsync(HttpMethod.Post, $"{Inzetten}/{id}/koppeling", etag, new { expertId = ExpertId }, IbEigen))
        {
            await ProbleemAsync(school, 403);
        }

        // Linking is the regionaal procesbegeleider's task, not every medewerker's.
        using (var gewoneMedewerker = await WijzigAsync(HttpMethod.Post, $"{Inzetten}/{id}/koppeling", etag, new { expertId = ExpertId }, Medewerker))
        {
            await ProbleemAsync(gewoneMedewerker, 403);
        }

        using (var geenExpert = await WijzigAsync(HttpMethod.Post, $"{Inzetten}/{id}/koppeling", etag, new { expertId = Guid.CreateVersion7() }, await ProcesbegeleiderAsync()))
        {
            (await ProbleemAsync(geenExpert, 422)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:expert-onbekend");
        }

        var (inzet, _) = await DoeAsync(id, "koppeling", etag, new { expertId = ExpertId }, await ProcesbegeleiderAsync());
        (inzet.GetProperty("status").GetString(), inzet.GetProperty("expertNaam").GetString()).ShouldBe(("voorbereiding", "Test Expert"));

        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/leerlingen/{LeerlingId}", token: Expert)).GetProperty("id").GetGuid().ShouldBe(LeerlingId);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Inzetten, token: Expert)).GetProperty("inzetten").EnumerateArray()
            .Select(i => i.GetProperty("id").GetGuid()).ShouldBe([id]);
        await ProbleemAsync(await Stuur(HttpMethod.Get, $"{Inzetten}/{ander}", token: Expert), 404);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Inzetten}?status=wacht-op-expert", token: Medewerker)).GetProperty("inzetten").EnumerateArray()
            .Select(i => i.GetProperty("id").GetGuid()).ShouldBe([ander]);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Inzetten, token: IbAnder)).GetProperty("totaal").GetInt32().ShouldBe(0);

        // The school and the expert hear of it; the procesbegeleider who linked does not.
        await VerwerkOutboxAsync();
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/meldingen", token: IbEigen)).GetProperty("meldingen").EnumerateArray()
            .Select(m => m.GetProperty("tekst").GetString()).ShouldContain("Er is een expert gekoppeld aan een inzet voor een leerling van uw school.");
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/meldingen", token: Expert)).GetProperty("meldingen").EnumerateArray()
            .Select(m => m.GetProperty("tekst").GetString()).ShouldBe(["U bent gekoppeld aan een inzet van een expert."]);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/meldingen", token: Medewerker)).GetProperty("meldingen").GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task The_cycle_follows_the_table_and_notes_belong_to_their_phase()
    {
        var (id, etag) = await StartAsync();
        (_, etag) = await DoeAsync(id, "koppeling", etag, new { expertId = ExpertId }, await ProcesbegeleiderAsync());
        (_, etag) = await DoeAsync(id, "notities", etag, new { tekst = "Vraag, verwachtingen en rollen besproken." }, IbEigen);

        using (var teVroeg = await WijzigAsync(HttpMethod.Post, $"{Inzetten}/{id}/fase", etag, new { naar = "begrijpen" }, Expert))
        {
            (await ProbleemAsync(teVroeg, 409)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:ongeldige-overgang");
        }

        using (var ongeldig = await WijzigAsync(HttpMethod.Post, $"{Inzetten}/{id}/fase", etag, new { naar = "afgesloten" }, Expert))
        {
            await ProbleemAsync(ongeldig, 400);
        }

        using (var oud = await WijzigAsync(HttpMethod.Post, $"{Inzetten}/{id}/fase", "\"1\"", new { naar = "waarnemen" }, Expert))
        {
            await ProbleemAsync(oud, 412);
        }

        (_, etag) = await DoeAsync(id, "fase", etag, new { naar = "waarnemen" }, Expert);
        (_, etag) = await DoeAsync(id, "notities", etag, new { tekst = "Observatie in groep 5." }, Expert);
        (_, etag) = await DoeAsync(id, "fase", etag, new { naar = "begrijpen" }, IbEigen);
        using (var zonderSamenvatting = await WijzigAsync(HttpMethod.Post, $"{Inzetten}/{id}/fase", etag, new { naar = "plannen" }, IbEigen))
        {
            (await ProbleemAsync(zonderSamenvatting, 409)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:samenvatting-vereist");
        }

        using (var schoolVat = await WijzigAsync(HttpMethod.Post, $"{Inzetten}/{id}/samenvatting", etag, new { conclusies = "C.", aanbevelingen = "A." }, IbEigen))
        {
            await ProbleemAsync(schoolVat, 403);
        }

        using (var leeg = await WijzigAsync(HttpMethod.Post, $"{Inzetten}/{id}/samenvatting", etag, new { }, Expert))
        {
            (await ProbleemAsync(leeg, 400)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString())
                .ShouldBe(["conclusies-vereist", "aanbevelingen-vereist"]);
        }

        var (inzet, _) = await DoeAsync(id, "samenvatting", etag, new { conclusies = "Overprikkeld.", aanbevelingen = "Rustige werkplek." }, Expert);
        inzet.GetProperty("notities").EnumerateArray().Select(n => (n.GetProperty("fase").GetString(), n.GetProperty("door").GetProperty("naam").GetString()))
            .ShouldBe([("voorbereiding", "Test SchoolMedewerker"), ("waarnemen", "Test Expert")], ignoreOrder: false);
        inzet.GetProperty("samenvatting").GetProperty("aanbevelingen").GetString().ShouldBe("Rustige werkplek.");
    }

    [Test]
    public async Task Hours_count_against_the_budget_with_a_warning_and_a_refusal_until_the_plan_raises_it()
    {
        var (id, etag) = await InRealiserenAsync(budget: 10m);

        using (var school = await WijzigAsync(HttpMethod.Post, $"{Inzetten}/{id}/uren", etag, new { datum = "2026-11-24", uren = 1, activiteit = "observatie" }, IbEigen))
        {
            await ProbleemAsync(school, 403);
        }

        using (var fout = await WijzigAsync(HttpMethod.Post, $"{Inzetten}/{id}/uren", etag, new { datum = "2026-11-25", uren = 0.3, activiteit = "dansen" }, Expert))
        {
            (await ProbleemAsync(fout, 400)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString())
                .ShouldBe(["datum-in-toekomst", "geen-kwartieren", "ongeldige-activiteit"]);
        }

        var (inzet, nieuw) = await DoeAsync(id, "uren", etag, new { datum = "2026-11-24", uren = 7.75, activiteit = "observatie", notitie = "Klasobservatie." }, Expert);
        inzet.GetProperty("urenstand").TryGetProperty("waarschuwing", out _).ShouldBeFalse();
        (inzet, nieuw) = await DoeAsync(id, "uren", nieuw, new { datum = "2026-11-24", uren = 0.25, activiteit = "verslag" }, Expert);
        var stand = inzet.GetProperty("urenstand");
        (stand.GetProperty("gebruikt").GetDecimal(), stand.GetProperty("budget").GetDecimal(), stand.GetProperty("resterend").GetDecimal()).ShouldBe((8m, 10m, 2m));
        stand.GetProperty("waarschuwing").GetString()!.ShouldStartWith("Let op: 8 uur van het budget van 10 uur is gebruikt.");

        using (var teVeel = await WijzigAsync(HttpMethod.Post, $"{Inzetten}/{id}/uren", nieuw, new { datum = "2026-11-24", uren = 2.25, activiteit = "verslag" }, Expert))
        {
            var probleem = await ProbleemAsync(teVeel, 409);
            probleem.GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:budget-overschreden");
            probleem.GetProperty("detail").GetString()!.ShouldContain("boven het budget van 10 uur");
        }

        // The expert may not raise their own budget; the school can.
        using (var zelf = await WijzigAsync(HttpMethod.Put, $"{Inzetten}/{id}/plan", nieuw, Plan(14m), Expert))
        {
            (await ProbleemAsync(zelf, 422)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:budget-door-school");
        }

        using (var zonderVersie = await WijzigAsync(HttpMethod.Put, $"{Inzetten}/{id}/plan", null, Plan(14m), IbEigen))
        {
            await ProbleemAsync(zonderVersie, 428);
        }

        (_, nieuw) = await DoeAsync(id, "plan", nieuw, Plan(14m), IbEigen, HttpMethod.Put);
        (inzet, nieuw) = await DoeAsync(id, "uren", nieuw, new { datum = "2026-11-24", uren = 2.25, activiteit = "verslag" }, Expert);
        inzet.GetProperty("urenstand").GetProperty("gebruikt").GetDecimal().ShouldBe(10.25m);

        // Withdrawing keeps the registration in the list and takes it out of the total.
        var registratie = inzet.GetProperty("uren")[0].GetProperty("id").GetGuid();
        (inzet, _) = await DoeAsync(id, $"uren/{registratie}/intrekking", nieuw, null, Expert);
        inzet.GetProperty("urenstand").GetProperty("gebruikt").GetDecimal().ShouldBe(2.5m);
        inzet.GetProperty("uren").EnumerateArray().Count(u => u.GetProperty("ingetrokken").GetBoolean()).ShouldBe(1);

        var regel = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Inzetten, token: Medewerker)).GetProperty("inzetten").EnumerateArray().ShouldHaveSingleItem();
        (regel.GetProperty("urenGebruikt").GetDecimal(), regel.GetProperty("urenBudget").GetDecimal(), regel.GetProperty("leerlingNaam").GetString())
            .ShouldBe((2.5m, 14m, "Sanne Test"));
    }

    [Test]
    public async Task Closing_needs_the_advice_tells_the_school_and_ends_the_expert_s_access()
    {
        var (id, etag) = await InRealiserenAsync();
        (_, etag) = await DoeAsync(id, "fase", etag, new { naar = "evaluatie" }, Expert);

        using (var zonderAdvies = await WijzigAsync(HttpMethod.Post, $"{Inzetten}/{id}/afsluiting", etag, new { resultaat = "doelen-behaald", verwijzing = "arts" }, Expert))
        {
            (await ProbleemAsync(zonderAdvies, 400)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString())
                .ShouldBe(["advies-vereist", "verwijzing-alleen-bij-verwezen"]);
        }

        var (inzet, _) = await DoeAsync(id, "afsluiting", etag, new { resultaat = "doelen-behaald", advies = "Houd de rustige werkplek aan." }, Expert);
        (inzet.GetProperty("status").GetString(), inzet.GetProperty("afsluiting").GetProperty("resultaat").GetString()).ShouldBe(("afgesloten", "doelen-behaald"));

        // Need to know ends: the expert still reads their own trajectory, without the pupil, and no longer sees the pupil.
        await ProbleemAsync(await Stuur(HttpMethod.Get, $"/api/v1/leerlingen/{LeerlingId}", token: Expert), 404);
        var eigen = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Inzetten}/{id}", token: Expert);
        eigen.TryGetProperty("leerling", out _).ShouldBeFalse();
        eigen.GetProperty("toegestaneStappen").GetArrayLength().ShouldBe(0);

        await VerwerkOutboxAsync();
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/meldingen", token: IbEigen)).GetProperty("meldingen").EnumerateArray()
            .Select(m => m.GetProperty("tekst").GetString()).ShouldContain("Een inzet van een expert voor een leerling van uw school is afgesloten. Vul het tevredenheidsonderzoek in.");

        // Every read and change is on the pupil's audit log.
        var audit = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={LeerlingId}")).GetProperty("auditRegels").EnumerateArray()
            .Select(r => (r.GetProperty("actie").GetString(), r.GetProperty("resourceSoort").GetString(), r.GetProperty("actorNaam").GetString())).ToList();
        audit.ShouldContain(("aanmaken", "expertinzet", "Test SchoolMedewerker"));
        audit.ShouldContain(("wijzigen", "expertinzet", "Test Expert"));
        audit.ShouldContain(("lezen", "expertinzet", "Test Expert"));
    }

    [Test]
    public async Task Unlinking_ends_the_access_and_the_inzet_waits_again()
    {
        var (id, etag) = await StartAsync();
        (_, etag) = await DoeAsync(id, "koppeling", etag, new { expertId = ExpertId }, await ProcesbegeleiderAsync());
        var (inzet, _) = await DoeAsync(id, "ontkoppeling", etag, new { reden = "Ziek." }, await ProcesbegeleiderAsync());

        inzet.GetProperty("status").GetString().ShouldBe("wacht-op-expert");
        await ProbleemAsync(await Stuur(HttpMethod.Get, $"{Inzetten}/{id}", token: Expert), 404);
        await ProbleemAsync(await Stuur(HttpMethod.Get, $"/api/v1/leerlingen/{LeerlingId}", token: Expert), 404);
    }

    [Test]
    public async Task The_guidance_is_served_for_the_school()
    {
        var richtlijn = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Inzetten}/richtlijn", token: IbEigen);
        richtlijn.GetProperty("doetNiet").EnumerateArray().Select(z => z.GetString()).ShouldContain("De expert schrijft geen OPP's.");
    }
}
