using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Webhooks;
using PassendOnderwijs.Infrastructure.Opschoning;

namespace PassendOnderwijs.Api.FunctionalTests.Webhooks;

/// <summary>
/// The clean-up with a fixed clock: what is old and done goes (handled outbox events, finished afleveringen with their
/// log, notificaties past the feed's window, read meldingen), what is pending or recent stays, the audit log stays,
/// and a feed token from before the window is 410.
/// </summary>
public class OpschoningTests : WebhookTest
{
    private const string Las = "k-opschoning-las";
    private const string Aangevraagd = "nl.passendonderwijs.arrangement.aangevraagd";
    private const string InBehandeling = "nl.passendonderwijs.arrangement.inbehandelinggenomen";

    [SetUp]
    public async Task KoppelingAsync()
    {
        await TestClients.RegistreerVoorVestigingenAsync(Las, "PO2705", [EigenVestiging], "arrangementen.lezen", "notificaties.lezen");
    }

    [Test]
    public async Task Old_rows_that_are_done_go_and_pending_recent_and_audit_rows_stay()
    {
        var token = await TestClients.TokenAsync(Client, Las, "arrangementen.lezen notificaties.lezen");
        var leeg = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/notificaties", token: token)).GetProperty("wijzigingenToken").GetString()!;

        // One abonnement receives the requests (delivered), a paused one the step after (kept waiting: pending).
        await Verwacht(HttpStatusCode.Created, HttpMethod.Post, $"/api/v1/koppelingen/{Las}/abonnementen", new { url = Ontvanger.Url, soorten = new[] { Aangevraagd } }, Beheerder);
        var gepauzeerd = await Verwacht(HttpStatusCode.Created, HttpMethod.Post, $"/api/v1/koppelingen/{Las}/abonnementen", new { url = Ontvanger.Url, soorten = new[] { InBehandeling } }, Beheerder);
        await PauzeerAsync(gepauzeerd.GetProperty("abonnement").GetProperty("id").GetGuid());

        var (a, _) = await VraagAanAsync();
        var (b, etagB) = await VraagAanAsync(await RegistreerLeerlingAsync("Bram", EigenVestiging, IbEigen));
        await ZetStapAsync(b, "behandeling", etagB, null, Medewerker);
        await Instantie.VerwerkOutboxAsync();
        await Instantie.BezorgAllesAsync();
        Ontvanger.Verzoeken.Count.ShouldBe(2, "both requests delivered; the step waits for the paused abonnement");
        var naVerzoeken = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/notificaties", token: token)).GetProperty("wijzigingenToken").GetString()!;

        // An event not handled yet (the outbox did not run since): pending, whatever its age.
        var (c, _) = await VraagAanAsync(await RegistreerLeerlingAsync("Cas", EigenVestiging, IbEigen));
        await VoegMeldingenToeAsync();
        var audit = await Instantie.LeesAsync(db => db.AuditRegels.IgnoreQueryFilters().CountAsync());

        // Past every window.
        Instantie.Klok.Verzet(TimeSpan.FromDays(91));
        var opschoner = Instantie.Services.GetRequiredService<Opschoner>();
        (await opschoner.SchoonAllesAsync(CancellationToken.None)).ShouldBeGreaterThan(0);

        var (outbox, afleveringen, pogingen, notificaties, meldingen, auditNa) = await Instantie.LeesAsync(async db => (
            await db.Set<Infrastructure.Outbox.OutboxBericht>().Select(o => o.AggregaatId).ToListAsync(),
            await db.Afleveringen.IgnoreQueryFilters().Select(x => x.Status).ToListAsync(),
            await db.Afleverpogingen.IgnoreQueryFilters().CountAsync(),
            await db.KoppelingNotificaties.IgnoreQueryFilters().Select(n => n.Soort).ToListAsync(),
            await db.Meldingen.IgnoreQueryFilters().Select(m => m.Tekst).OrderBy(t => t).ToListAsync(),
            await db.AuditRegels.IgnoreQueryFilters().CountAsync()));
        outbox.ShouldNotContain(a.ToString(), "handled events went");
        outbox.ShouldNotContain(b.ToString());
        outbox.ShouldContain(c.ToString(), "an event not handled yet stays");
        afleveringen.ShouldBe([AfleverStatus.Wachtend], "the delivered ones went, the waiting one stays");
        pogingen.ShouldBe(0, "the log went with its afleveringen");
        notificaties.ShouldBe([InBehandeling], "the notificatie a waiting aflevering refers to stays");
        meldingen.ShouldBe(["Nieuw en gelezen.", "Oud en ongelezen."], "only the old read melding went");
        auditNa.ShouldBeGreaterThanOrEqualTo(audit, "the audit log is never cleaned");

        // A second run finds nothing: every instance may run it, the second does no work.
        (await opschoner.SchoonAllesAsync(CancellationToken.None)).ShouldBe(0);

        // The feed: a token from before what was removed is 410 (start again without vanaf); one after it goes on.
        using (var oud = await Stuur(HttpMethod.Get, $"/api/v1/notificaties?vanaf={Uri.EscapeDataString(leeg)}", token: token))
        {
            var probleem = await ProbleemAsync(oud, 410);
            probleem.GetRawText().ShouldContain("notificaties-niet-meer-bewaard");
        }

        await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/notificaties?vanaf={Uri.EscapeDataString(naVerzoeken)}", token: token);
        var opnieuw = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/notificaties", token: token);
        opnieuw.GetProperty("notificaties").EnumerateArray().Select(n => n.GetProperty("type").GetString()).ShouldBe([InBehandeling]);
    }

    [Test]
    public async Task Nothing_goes_before_its_window()
    {
        await Verwacht(HttpStatusCode.Created, HttpMethod.Post, $"/api/v1/koppelingen/{Las}/abonnementen", new { url = Ontvanger.Url, soorten = new[] { Aangevraagd } }, Beheerder);
        await VraagAanAsync();
        await Instantie.VerwerkOutboxAsync();
        await Instantie.BezorgAllesAsync();

        Instantie.Klok.Verzet(TimeSpan.FromDays(6));
        (await Instantie.Services.GetRequiredService<Opschoner>().SchoonAllesAsync(CancellationToken.None)).ShouldBe(0);
        (await Instantie.LeesAsync(db => db.KoppelingNotificaties.IgnoreQueryFilters().CountAsync())).ShouldBe(1);
    }

    private async Task PauzeerAsync(Guid abonnement)
    {
        var pad = $"/api/v1/koppelingen/{Las}/abonnementen/{abonnement}";
        using var huidig = await Stuur(HttpMethod.Get, pad, token: Beheerder);
        using var verzoek = new HttpRequestMessage(HttpMethod.Put, pad)
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { url = Ontvanger.Url, soorten = new[] { InBehandeling }, gepauzeerd = true }),
        };
        verzoek.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Beheerder);
        verzoek.Headers.TryAddWithoutValidation("If-Match", huidig.Headers.ETag!.Tag);
        using var antwoord = await Client.SendAsync(verzoek);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, await antwoord.Content.ReadAsStringAsync());
    }

    /// <summary>Three meldingen of the expert, made on the instance's clock: old and read, old and unread, recent and read.</summary>
    private async Task VoegMeldingenToeAsync()
    {
        var nu = Instantie.Klok.GetUtcNow();
        await Instantie.LeesAsync(async db =>
        {
            foreach (var (tekst, gemaakt, gelezen) in new (string, DateTimeOffset, DateTimeOffset?)[]
            {
                ("Oud en gelezen.", nu, nu),
                ("Oud en ongelezen.", nu, null),
                ("Nieuw en gelezen.", nu + TimeSpan.FromDays(60), nu + TimeSpan.FromDays(60)),
            })
            {
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO melding (id, ontvanger, samenwerkingsverband, soort, tekst, aangemaakt_op, gelezen_op)
                    VALUES ({Guid.CreateVersion7()}, {ExpertId}, 'PO2705', 'besluit', {tekst}, {gemaakt}, {gelezen}::timestamptz)
                    """);
            }

            return 0;
        });
    }
}
