using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Infrastructure.Outbox;
using PassendOnderwijs.Infrastructure.Persistence;
using PassendOnderwijs.Infrastructure.Termijnen;
using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Api.FunctionalTests.Termijnen;

/// <summary>
/// The deadline engine through the product: a case's change reaches the engine through the outbox, the watch runs on
/// a clock of its own (a day per call), and each signal goes to the outbox once, however many watches run at once.
/// </summary>
public class TermijnenTests : ArrangementTest
{
    [Test]
    public async Task A_request_opens_its_behandeltermijn_which_warns_and_expires_once_across_two_watches_and_the_decision_meets_it()
    {
        var (eerste, etag) = await VraagAanAsync();
        await VraagAanAsync();
        await VraagAanAsync();
        await VerwerkOutboxAsync();

        var termijn = (await TermijnenAsync(eerste)).ShouldHaveSingleItem();
        termijn.GetProperty("soort").GetString().ShouldBe("arrangement-behandeling");
        termijn.GetProperty("fase").GetString().ShouldBe("lopend");
        var (arrangement, _) = await HaalOpAsync(eerste);
        var uiterlijk = DateOnly.Parse(termijn.GetProperty("uiterlijk").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        uiterlijk.ShouldBe(DateOnly.Parse(arrangement.GetProperty("behandeldeadline").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            "the engine watches the deadline the case stores and the werkvoorraad sorts by");
        var signaaldag = DateOnly.Parse(termijn.GetProperty("signaalOp").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

        (await Bewaker(signaaldag.AddDays(-1)).BewaakAllesAsync(CancellationToken.None)).ShouldBe(0);

        // Two instances watch at the same moment: the three requests each warn once.
        var tegelijk = await Task.WhenAll(Bewaker(signaaldag).BewaakAllesAsync(CancellationToken.None), Bewaker(signaaldag).BewaakAllesAsync(CancellationToken.None));
        tegelijk.Sum().ShouldBe(3);
        (await Bewaker(signaaldag).BewaakAllesAsync(CancellationToken.None)).ShouldBe(0);
        (await TermijnenAsync(eerste)).Single().GetProperty("fase").GetString().ShouldBe("nadert");

        (await Bewaker(uiterlijk).BewaakAllesAsync(CancellationToken.None)).ShouldBe(0, "the last day still counts");
        (await Bewaker(uiterlijk.AddDays(1)).BewaakAllesAsync(CancellationToken.None)).ShouldBe(3);
        (await Gebeurtenissen("TermijnNadert")).ShouldBe(3);
        (await Gebeurtenissen("TermijnVerlopen")).ShouldBe(3);

        etag = await ZetStapAsync(eerste, "behandeling", etag, null, Medewerker);
        await ZetStapAsync(eerste, "afwijzing", etag, new { beschikkingsnummer = "PO2705-2026-0901", besluitdatum = "2026-11-24", reden = "De basisondersteuning volstaat." }, Medewerker);
        await VerwerkOutboxAsync();

        var afgerond = (await TermijnenAsync(eerste)).ShouldHaveSingleItem();
        afgerond.GetProperty("fase").GetString().ShouldBe("gehaald");
        afgerond.TryGetProperty("verlopenOp", out _).ShouldBeTrue("the run remembers it expired before it was met");
        (await Gebeurtenissen("TermijnGehaald")).ShouldBe(1);

        // Koppelingen learn of the signals like of any other event: thin, about the case's terms.
        var notificaties = await NotificatiesAsync(eerste);
        notificaties.ShouldContain(("nl.passendonderwijs.termijn-arrangement.nadert", $"/api/v1/termijnen?arrangementId={eerste}", "arrangementen.lezen"));
        notificaties.ShouldContain(("nl.passendonderwijs.termijn-arrangement.verlopen", $"/api/v1/termijnen?arrangementId={eerste}", "arrangementen.lezen"));
        notificaties.ShouldContain(("nl.passendonderwijs.termijn-arrangement.gehaald", $"/api/v1/termijnen?arrangementId={eerste}", "arrangementen.lezen"));
    }

    private static async Task<List<(string Soort, string Subject, string Scope)>> NotificatiesAsync(Guid arrangement)
    {
        await using var scope = TestOmgeving.Fabriek.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();
        var subject = $"/api/v1/termijnen?arrangementId={arrangement}";
        return [.. (await db.KoppelingNotificaties.IgnoreQueryFilters().Where(n => n.Subject == subject).ToListAsync()).Select(n => (n.Soort, n.Subject, n.Scope))];
    }

    [Test]
    public async Task An_active_arrangement_closes_the_behandeltermijn_and_runs_its_evaluation_from_the_start()
    {
        var (id, etag) = await VraagAanAsync();
        await VerwerkOutboxAsync();
        await MaakActiefAsync(id, etag, "PO2705-2026-0902", startdatum: "2026-11-10");
        await VerwerkOutboxAsync();

        var termijnen = await TermijnenAsync(id);

        termijnen.Select(t => (t.GetProperty("soort").GetString(), t.GetProperty("fase").GetString()))
            .ShouldBe([("arrangement-evaluatie", "lopend"), ("arrangement-behandeling", "gehaald")], "running first");
        termijnen[0].GetProperty("vanaf").GetString().ShouldBe("2026-11-10");
    }

    [Test]
    public async Task Cases_without_runs_get_them_once_at_start_and_their_events_find_them_there()
    {
        var (aangevraagd, _) = await VraagAanAsync();
        var (actief, etag) = await VraagAanAsync();
        await MaakActiefAsync(actief, etag, "PO2705-2026-0903", startdatum: "2026-11-10");
        var inhaalslag = TestOmgeving.Fabriek.Services.GetRequiredService<TermijnInhaalslag>();
        (await inhaalslag.HaalInAsync(CancellationToken.None)).ShouldBe(0, "their events still wait in the outbox: the engine opens their runs");
        await VerwerkOutboxAsync();
        // Cases from before the engine: their events were delivered, but nothing opened their runs.
        await VerwijderTermijnenAsync(aangevraagd, actief);

        (await inhaalslag.HaalInAsync(CancellationToken.None)).ShouldBe(2, "neither case has a run");
        (await inhaalslag.HaalInAsync(CancellationToken.None)).ShouldBe(0, "a second start finds them done");
        await ZetStapAsync(aangevraagd, "behandeling", (await HaalOpAsync(aangevraagd)).Etag, null, Medewerker);
        await VerwerkOutboxAsync();

        (await TermijnenAsync(aangevraagd)).ShouldHaveSingleItem("its next event finds the run there and keeps it").GetProperty("soort").GetString().ShouldBe("arrangement-behandeling");
        (await TermijnenAsync(actief)).ShouldHaveSingleItem().GetProperty("soort").GetString().ShouldBe("arrangement-evaluatie");
    }

    private static async Task VerwijderTermijnenAsync(params Guid[] zaken)
    {
        await using var scope = TestOmgeving.Fabriek.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();
        (await db.Termijnen.IgnoreQueryFilters().Where(t => zaken.Contains(t.ZaakId)).ExecuteDeleteAsync()).ShouldBe(zaken.Length);
    }

    [Test]
    public async Task Someone_who_may_not_see_the_case_gets_404_and_a_request_without_a_case_400()
    {
        var (id, _) = await VraagAanAsync();
        await VerwerkOutboxAsync();

        await Verwacht(HttpStatusCode.NotFound, HttpMethod.Get, $"/api/v1/termijnen?arrangementId={id}", token: IbAnder);
        var probleem = await Verwacht(HttpStatusCode.BadRequest, HttpMethod.Get, "/api/v1/termijnen", token: Medewerker);
        probleem.GetRawText().ShouldContain("zaak-vereist");
        await Verwacht(HttpStatusCode.BadRequest, HttpMethod.Get, $"/api/v1/termijnen?arrangementId={id}&oppId={id}", token: Medewerker);
    }

    [Test]
    public async Task The_table_of_terms_is_public_reference_data()
    {
        using var response = await Client.GetAsync(new Uri("/api/v1/termijnsoorten", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoCache.ShouldBeTrue();
        var soorten = (await JsonAsync(response)).GetProperty("termijnsoorten").EnumerateArray().ToList();
        soorten.Count.ShouldBe(11);
        soorten.ShouldContain(s => s.GetProperty("code").GetString() == "thuiszitter-terugkeer" && s.GetProperty("zaak").GetString() == "thuiszitter");
        var zorgplicht = soorten.Single(s => s.GetProperty("code").GetString() == "aanmelding-besluit");
        zorgplicht.GetProperty("zaak").GetString().ShouldBe("aanmelding");
        var bezwaar = soorten.Single(s => s.GetProperty("code").GetString() == "tlv-bezwaar");
        bezwaar.GetProperty("lengte").GetString().ShouldBe("6 weken na de bekendmaking");
        bezwaar.GetProperty("zaak").GetString().ShouldBe("toelaatbaarheidsverklaring");
    }

    private async Task<List<JsonElement>> TermijnenAsync(Guid arrangement) =>
        [.. (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/termijnen?arrangementId={arrangement}", token: Medewerker))
            .GetProperty("termijnen").EnumerateArray()];

    /// <summary>The watch of an instance whose clock says it is 10:00 on <paramref name="dag"/> (Dutch time, winter).</summary>
    private static TermijnBewaker Bewaker(DateOnly dag) => new(
        TestOmgeving.Fabriek.Services.GetRequiredService<IServiceScopeFactory>(),
        Options.Create(new TermijnOpties()),
        new VasteKlok(new DateTimeOffset(dag.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero)));

    private static async Task<int> Gebeurtenissen(string soort)
    {
        await using var scope = TestOmgeving.Fabriek.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();
        return await db.OutboxBerichten.CountAsync(b => b.Soort == soort);
    }

    private static async Task VerwerkOutboxAsync()
    {
        var verwerker = TestOmgeving.Fabriek.Services.GetRequiredService<OutboxVerwerker>();
        while (await verwerker.VerwerkBatchAsync(CancellationToken.None) > 0)
        {
        }
    }
}
