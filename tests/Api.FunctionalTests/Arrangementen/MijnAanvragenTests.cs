using System.Net;
using System.Text.Json;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests.Arrangementen;

/// <summary>"Mijn aanvragen": a person's own requests while the SWV has not decided, paged, counted and sorted.</summary>
public class MijnAanvragenTests : ArrangementTest
{
    private const string MijnAanvragen = Pad + "/mijn-aanvragen";

    [Test]
    public async Task A_school_medewerker_sees_their_own_requests_in_progress_with_status_and_dates()
    {
        var (nieuw, _) = await VraagAanAsync();
        var (metVraag, etag) = await VraagAanAsync();
        etag = await ZetStapAsync(metVraag, "behandeling", etag, null, Medewerker);
        await ZetStapAsync(metVraag, "informatieverzoek", etag, new { vraag = "Is er een handelingsplan?" }, Medewerker);
        var (toegekend, etag3) = await VraagAanAsync();
        etag3 = await ZetStapAsync(toegekend, "behandeling", etag3, null, Medewerker);
        await ZetStapAsync(toegekend, "toekenning", etag3, new { beschikkingsnummer = "PO2705-2026-0201", besluitdatum = "2026-11-24", motivering = "Past." }, Medewerker);

        // A colleague at the same school: their request is theirs, not this IB'er's.
        await Aanmelding.RegistreerAsync("ib2@regenboog.nl", Rol.SchoolMedewerker, EigenVestiging);
        var collega = await Aanmelding.AccessTokenAsync("ib2@regenboog.nl");
        using (var verzoek = await Stuur(HttpMethod.Post, Pad, ArrangementVoorbeeld.Aanvraag(LeerlingId), collega))
        {
            verzoek.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var mijn = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, MijnAanvragen, token: IbEigen);
        mijn.GetProperty("totaal").GetInt32().ShouldBe(2);
        var aanvragen = mijn.GetProperty("aanvragen").EnumerateArray().ToList();
        aanvragen.Select(a => (a.GetProperty("id").GetGuid(), a.GetProperty("status").GetString(), a.GetProperty("vraagStaatOpen").GetBoolean()))
            .ShouldBe([(nieuw, "aangevraagd", false), (metVraag, "in-behandeling", true)], ignoreOrder: true);
        aanvragen[0].GetProperty("leerling").GetProperty("voornaam").GetString().ShouldBe("Sanne");
        aanvragen[0].GetProperty("vestiging").GetString().ShouldBe(EigenVestiging);
        aanvragen[0].GetProperty("ingangsdatum").GetString().ShouldBe("2026-11-01");
        aanvragen[0].GetProperty("einddatum").GetString().ShouldBe("2027-07-15");

        // The tests' clock stands still on 24 November 2026; the SWV's standard behandeltermijn is six weeks.
        aanvragen[0].GetProperty("aangevraagdOp").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
        aanvragen[0].GetProperty("behandeldeadline").GetString().ShouldBe("2027-01-05");

        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, MijnAanvragen, token: collega)).GetProperty("totaal").GetInt32().ShouldBe(1);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, MijnAanvragen, token: IbAnder)).GetProperty("totaal").GetInt32().ShouldBe(0);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, MijnAanvragen, token: Medewerker)).GetProperty("totaal").GetInt32().ShouldBe(0);
        await Verwacht(HttpStatusCode.Forbidden, HttpMethod.Get, MijnAanvragen, token: Expert);
    }

    [Test]
    public async Task The_list_pages_with_a_cursor_counts_over_all_pages_and_sorts_both_ways()
    {
        var (eerste, _) = await VraagAanAsync();
        var (tweede, _) = await VraagAanAsync();

        // The tests' clock stands still, so both share their date and the id decides: the order is stable, both ways.
        var oplopend = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{MijnAanvragen}?sorteer=aangevraagdOp&pageSize=1", token: IbEigen);
        oplopend.GetProperty("totaal").GetInt32().ShouldBe(2);
        var cursor = oplopend.GetProperty("volgendeCursor").GetString();
        var volgende = await Verwacht(
            HttpStatusCode.OK, HttpMethod.Get, $"{MijnAanvragen}?sorteer=aangevraagdOp&pageSize=1&cursor={Uri.EscapeDataString(cursor!)}", token: IbEigen);
        volgende.GetProperty("totaal").GetInt32().ShouldBe(2);
        (!volgende.TryGetProperty("volgendeCursor", out var geen) || geen.ValueKind == JsonValueKind.Null).ShouldBeTrue();
        List<Guid> paginas = [.. Ids(oplopend), .. Ids(volgende)];
        paginas.ShouldBe([eerste, tweede], ignoreOrder: true);

        Ids(await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{MijnAanvragen}?sorteer=-aangevraagdOp", token: IbEigen)).ShouldBe(Enumerable.Reverse(paginas).ToList());
    }

    [Test]
    public async Task Bad_paging_or_sorting_is_one_problem_listing_each()
    {
        var fout = await Verwacht(HttpStatusCode.BadRequest, HttpMethod.Get, $"{MijnAanvragen}?sorteer=leerling&pageSize=0", token: IbEigen);
        var codes = fout.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList();
        codes.ShouldContain("onbekende-sortering");
        codes.ShouldContain("ongeldige-page-size");
        await Verwacht(HttpStatusCode.BadRequest, HttpMethod.Get, $"{MijnAanvragen}?cursor=geen-cursor", token: IbEigen);
    }

    [Test]
    public async Task Reading_the_list_is_recorded_against_every_pupil_it_names()
    {
        var ander = await RegistreerLeerlingAsync("Daan", EigenVestiging, IbEigen);
        await VraagAanAsync();

        await Verwacht(HttpStatusCode.OK, HttpMethod.Get, MijnAanvragen, token: IbEigen);

        var audit = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={LeerlingId}");
        audit.GetProperty("auditRegels").EnumerateArray()
            .Where(r => r.GetProperty("actie").GetString() == "lezen")
            .Select(r => (r.GetProperty("resourceSoort").GetString(), r.GetProperty("actorNaam").GetString()))
            .ShouldContain(("arrangement", "Test SchoolMedewerker"));
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={ander}")).GetProperty("auditRegels").EnumerateArray()
            .Count(r => r.GetProperty("actie").GetString() == "lezen").ShouldBe(0);
    }

    private static List<Guid> Ids(JsonElement pagina) =>
        pagina.GetProperty("aanvragen").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ToList();
}
