using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Api.FunctionalTests.Arrangementen;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Api.FunctionalTests.Leerlingen;

/// <summary>
/// Issue 11, finding 4: an expert read every pupil of the SWV with their support needs. Now an expert sees a pupil,
/// and that pupil's arrangementen, only while involved: added by SWV staff as betrokkene until a date, or named by
/// account as provider of an open arrangement of that pupil.
/// </summary>
public class ExpertBetrokkenheidTests : ArrangementTest
{
    private string Betrokkenen => $"/api/v1/leerlingen/{LeerlingId}/betrokkenen";

    [Test]
    public async Task An_expert_sees_a_pupil_only_while_added_as_betrokkene_and_not_after_it_was_ended()
    {
        var (arrangement, _) = await VraagAanAsync();
        await ZietNietsAsync(arrangement);

        using var toevoeging = await Stuur(HttpMethod.Post, Betrokkenen, new { expertId = ExpertId, reden = " Observatie in de klas. ", tot = "2027-01-31" }, Medewerker);
        toevoeging.StatusCode.ShouldBe(HttpStatusCode.Created, await toevoeging.Content.ReadAsStringAsync());
        var betrokkene = await JsonAsync(toevoeging);
        var id = betrokkene.GetProperty("id").GetGuid();
        toevoeging.Headers.Location!.OriginalString.ShouldBe($"{Betrokkenen}/{id}");
        betrokkene.GetProperty("reden").GetString().ShouldBe("Observatie in de klas.");
        betrokkene.GetProperty("actief").GetBoolean().ShouldBeTrue();

        await ZietAsync(arrangement);

        var lijst = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Betrokkenen, token: Medewerker)).GetProperty("betrokkenen");
        var regel = lijst.EnumerateArray().ShouldHaveSingleItem();
        (regel.GetProperty("expertNaam").GetString(), regel.GetProperty("tot").GetString(), regel.GetProperty("toegevoegdDoor").GetProperty("naam").GetString())
            .ShouldBe(("Test Expert", "2027-01-31", "Test SwvMedewerker"));
        regel.GetProperty("toegevoegdOp").GetDateTimeOffset().ShouldBe(TestSupport.VasteKlok.Standaard);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Betrokkenen}/{id}", token: Medewerker)).GetProperty("id").GetGuid().ShouldBe(id);

        var beeindigd = await Verwacht(HttpStatusCode.OK, HttpMethod.Post, $"{Betrokkenen}/{id}/beeindiging", token: Medewerker);
        beeindigd.GetProperty("actief").GetBoolean().ShouldBeFalse();
        beeindigd.GetProperty("beeindigdDoor").GetProperty("naam").GetString().ShouldBe("Test SwvMedewerker");
        await ZietNietsAsync(arrangement);

        using var nogmaals = await Stuur(HttpMethod.Post, $"{Betrokkenen}/{id}/beeindiging", token: Medewerker);
        (await ProbleemAsync(nogmaals, 409)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:betrokkenheid-beeindigd");

        // Adding, ending and every read by the expert are on the pupil's audit log.
        var audit = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={LeerlingId}")).GetProperty("auditRegels").EnumerateArray()
            .Select(r => (r.GetProperty("actie").GetString(), r.GetProperty("resourceSoort").GetString(), r.GetProperty("actorNaam").GetString())).ToList();
        audit.ShouldContain(("aanmaken", "betrokkene", "Test SwvMedewerker"));
        audit.ShouldContain(("wijzigen", "betrokkene", "Test SwvMedewerker"));
        audit.ShouldContain(("lezen", "leerling", "Test Expert"));
        audit.ShouldContain(("lezen", "arrangement", "Test Expert"));
    }

    [Test]
    public async Task Access_ends_by_itself_after_the_end_date()
    {
        var (arrangement, _) = await VraagAanAsync();
        var id = await MaakExpertBetrokkenAsync(tot: "2026-11-24");
        await ZietAsync(arrangement);

        // The day after: the clock stands still in these tests, so the end date moves back instead.
        await VoerSqlUitAsync($"UPDATE betrokkene SET tot = DATE '2026-11-23' WHERE id = '{id}'");

        await ZietNietsAsync(arrangement);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Betrokkenen, token: Medewerker)).GetProperty("betrokkenen")[0].GetProperty("actief").GetBoolean().ShouldBeFalse();
        using var beeindiging = await Stuur(HttpMethod.Post, $"{Betrokkenen}/{id}/beeindiging", token: Medewerker);
        (await ProbleemAsync(beeindiging, 409)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:betrokkenheid-verlopen");

        // A new, again reasoned decision gives access again.
        await MaakExpertBetrokkenAsync(tot: "2027-01-31");
        await ZietAsync(arrangement);
    }

    [Test]
    public async Task The_expert_named_by_account_as_provider_sees_the_pupil_while_the_arrangement_is_open()
    {
        var (ander, _) = await VraagAanAsync();
        var tweede = await RegistreerLeerlingAsync("Daan", EigenVestiging, IbEigen);
        var (arrangement, etag) = await VraagAanAsync(tweede, new
        {
            leerlingId = tweede, soort = "inzet-expert", doelen = new[] { "Plan voor overgangsmomenten." }, ingangsdatum = "2026-11-01", einddatum = "2027-03-01",
            uren = 20, uitvoerder = new { soort = "expert", naam = "Test Expert", expertId = ExpertId }, bekostiger = "swv", toelichting = "Loopt vast.",
        });

        var (gelezen, _) = await HaalOpAsync(arrangement, Expert);
        gelezen.GetProperty("uitvoerder").GetProperty("expertId").GetGuid().ShouldBe(ExpertId);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/leerlingen", token: Expert)).GetProperty("leerlingen").EnumerateArray()
            .Select(l => l.GetProperty("id").GetGuid()).ShouldBe([tweede]);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Pad, token: Expert)).GetProperty("arrangementen").EnumerateArray()
            .Select(a => a.GetProperty("id").GetGuid()).ShouldBe([arrangement]);
        await ProbleemAsync(await Stuur(HttpMethod.Get, $"{Pad}/{ander}", token: Expert), 404);

        // The expert does the work: start, and it is on their werkvoorraad.
        etag = await ZetStapAsync(arrangement, "behandeling", etag, null, Medewerker);
        etag = await ZetStapAsync(arrangement, "toekenning", etag, new { beschikkingsnummer = "PO2705-X-1", besluitdatum = "2026-11-24", motivering = "Past." }, Medewerker);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Pad}/werkvoorraad", token: Expert)).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("arrangementId").GetGuid()).ShouldBe([arrangement]);
        etag = await ZetStapAsync(arrangement, "start", etag, new { startdatum = "2026-11-10" }, Expert);

        // Once it has ended, the expert no longer needs to know.
        await ZetStapAsync(arrangement, "beeindiging", etag, new { einddatum = "2026-11-24", reden = "Doelen behaald." }, Expert);
        await ProbleemAsync(await Stuur(HttpMethod.Get, $"{Pad}/{arrangement}", token: Expert), 404);
        await ProbleemAsync(await Stuur(HttpMethod.Get, $"/api/v1/leerlingen/{tweede}", token: Expert), 404);
    }

    [Test]
    public async Task A_provider_account_must_be_an_active_expert_of_the_own_samenwerkingsverband()
    {
        var ib = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/experts", token: IbEigen)).GetProperty("experts");
        ib.EnumerateArray().Select(e => (e.GetProperty("id").GetGuid(), e.GetProperty("naam").GetString())).ShouldBe([(ExpertId, "Test Expert")]);

        var ander = await Identiteit.Aanmelding.RegistreerInAsync("VO2301", "expert@ander-swv.nl", Domain.Gebruikers.Rol.Expert);
        using var response = await Stuur(HttpMethod.Post, Pad, new
        {
            leerlingId = LeerlingId, soort = "inzet-expert", doelen = new[] { "Plan." }, ingangsdatum = "2026-11-01", einddatum = "2027-03-01",
            uren = 20, uitvoerder = new { soort = "expert", naam = "Iemand", expertId = ander }, bekostiger = "swv", toelichting = "Loopt vast.",
        }, IbEigen);
        var fout = (await ProbleemAsync(response, 400)).GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        (fout.GetProperty("code").GetString(), fout.GetProperty("pointer").GetString()).ShouldBe(("expert-onbekend", "#/uitvoerder/expertId"));
    }

    [Test]
    public async Task The_expert_s_lists_are_filtered_in_the_query_so_pages_stay_full_and_correct()
    {
        var pupils = new List<Guid> { LeerlingId };
        for (var i = 0; i < 4; i++)
        {
            pupils.Add(await RegistreerLeerlingAsync($"Kind{i}", EigenVestiging, IbEigen));
        }

        var betrokken = new[] { pupils[1], pupils[3] };
        foreach (var leerling in betrokken)
        {
            await MaakExpertBetrokkenAsync(leerling);
        }

        var gezien = new List<Guid>();
        var pagina = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/leerlingen?pageSize=1", token: Expert);
        gezien.AddRange(pagina.GetProperty("leerlingen").EnumerateArray().Select(l => l.GetProperty("id").GetGuid()));
        var cursor = pagina.GetProperty("volgendeCursor").GetString().ShouldNotBeNull();
        pagina = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/leerlingen?pageSize=1&cursor={cursor}", token: Expert);
        gezien.AddRange(pagina.GetProperty("leerlingen").EnumerateArray().Select(l => l.GetProperty("id").GetGuid()));
        pagina.TryGetProperty("volgendeCursor", out var volgende).ShouldBe(false, $"two involved pupils fill exactly two pages of one, yet the next cursor is {volgende}");
        gezien.ShouldBe(betrokken, ignoreOrder: true);
    }

    [Test]
    public async Task Adding_a_betrokkene_reports_every_problem_at_once_and_refuses_a_second_one()
    {
        using var leeg = await Stuur(HttpMethod.Post, Betrokkenen, new { reden = " ", tot = "2026-11-23" }, Medewerker);
        (await ProbleemAsync(leeg, 400)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString())
            .ShouldBe(["expert-vereist", "reden-vereist", "einddatum-verleden"], ignoreOrder: true);
        using var teVer = await Stuur(HttpMethod.Post, Betrokkenen, new { expertId = ExpertId, reden = "Observatie.", tot = "2027-11-26" }, Medewerker);
        (await ProbleemAsync(teVer, 400)).GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("einddatum-te-ver");

        var ib = await Identiteit.Aanmelding.RegistreerAsync("ib2@regenboog.nl", Domain.Gebruikers.Rol.SchoolMedewerker, EigenVestiging);
        using var geenExpert = await Stuur(HttpMethod.Post, Betrokkenen, new { expertId = ib, reden = "Observatie.", tot = "2027-01-31" }, Medewerker);
        (await ProbleemAsync(geenExpert, 400)).GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("geen-expert");

        await MaakExpertBetrokkenAsync();
        using var dubbel = await Stuur(HttpMethod.Post, Betrokkenen, new { expertId = ExpertId, reden = "Nog eens.", tot = "2027-01-31" }, Medewerker);
        (await ProbleemAsync(dubbel, 409)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:al-betrokken");

        // Another school's staff, the expert and the administrator do not manage access; the list is for SWV staff only.
        foreach (var token in new[] { IbEigen, Expert, Beheerder })
        {
            await ProbleemAsync(await Stuur(HttpMethod.Get, Betrokkenen, token: token), 403);
        }
    }

    private async Task ZietNietsAsync(Guid arrangement)
    {
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/leerlingen", token: Expert)).GetProperty("leerlingen").GetArrayLength().ShouldBe(0);
        await ProbleemAsync(await Stuur(HttpMethod.Get, $"/api/v1/leerlingen/{LeerlingId}", token: Expert), 404);
        await ProbleemAsync(await Stuur(HttpMethod.Get, $"{Pad}/{arrangement}", token: Expert), 404);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Pad, token: Expert)).GetProperty("arrangementen").GetArrayLength().ShouldBe(0);
    }

    private async Task ZietAsync(Guid arrangement)
    {
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/leerlingen", token: Expert)).GetProperty("leerlingen").EnumerateArray()
            .Select(l => l.GetProperty("id").GetGuid()).ShouldBe([LeerlingId]);
        await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/leerlingen/{LeerlingId}", token: Expert);
        await HaalOpAsync(arrangement, Expert);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Pad, token: Expert)).GetProperty("arrangementen").GetArrayLength().ShouldBe(1);
    }

    private static async Task VoerSqlUitAsync(string sql)
    {
        await using var scope = TestOmgeving.Fabriek.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>().Database.ExecuteSqlRawAsync(sql);
    }
}
