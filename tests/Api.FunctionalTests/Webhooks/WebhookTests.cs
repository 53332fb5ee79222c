using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Webhooks;
using PassendOnderwijs.Domain.Webhooks.Gebeurtenissen;
using PassendOnderwijs.Infrastructure.Persistence;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.TestSupport;
using StandardWebhooks;

namespace PassendOnderwijs.Api.FunctionalTests.Webhooks;

/// <summary>
/// Webhooks end to end: the test host writes changes through the API, a second instance turns their events into
/// afleveringen and delivers them to a receiver inside the test, round by round with a movable clock.
/// </summary>
public class WebhookTests : WebhookTest
{
    private const string Las = "k-webhook-las";
    private const string Aangevraagd = "nl.passendonderwijs.arrangement.aangevraagd";
    private const string InBehandeling = "nl.passendonderwijs.arrangement.inbehandelinggenomen";
    private const string Toegekend = "nl.passendonderwijs.arrangement.toegekend";

    [SetUp]
    public async Task KoppelingAsync()
    {
        await TestClients.RegistreerVoorVestigingenAsync(Las, "PO2705", [EigenVestiging], "arrangementen.lezen", "notificaties.lezen");
    }

    [Test]
    public async Task A_webhook_is_a_thin_signed_cloudevent_about_the_resource()
    {
        var (_, geheim) = await AbonneerAsync(Aangevraagd);
        var (id, _) = await VraagAanAsync();

        await Instantie.VerwerkOutboxAsync();
        await Instantie.BezorgAllesAsync();

        var ontvangen = Ontvanger.Verzoeken.ShouldHaveSingleItem();
        new StandardWebhook(geheim).Verify(ontvangen.Inhoud, ontvangen.Headers);
        ontvangen.ContentType.ShouldNotBeNull().ShouldStartWith("application/cloudevents+json");
        using var json = JsonDocument.Parse(ontvangen.Inhoud);
        var e = json.RootElement;
        e.GetProperty("specversion").GetString().ShouldBe("1.0");
        e.GetProperty("type").GetString().ShouldBe(Aangevraagd);
        e.GetProperty("id").GetString().ShouldBe(ontvangen.WebhookId);
        e.GetProperty("subject").GetString().ShouldBe($"/api/v1/arrangementen/{id}");
        e.GetProperty("source").GetString().ShouldBe("http://localhost");
        e.TryGetProperty("time", out _).ShouldBeTrue();
        e.TryGetProperty("data", out _).ShouldBeFalse("no pupil data: the receiver fetches the subject with its own token");
        ontvangen.Inhoud.ShouldNotContain("Sanne");
    }

    [Test]
    public async Task A_500_and_a_timeout_are_retried_later_with_the_same_webhook_id_and_logged()
    {
        var (abonnement, geheim) = await AbonneerAsync(Aangevraagd);
        await VraagAanAsync();
        await Instantie.VerwerkOutboxAsync();

        Ontvanger.AntwoordMet(500, null);
        await Instantie.BezorgAllesAsync();
        Instantie.Klok.Verzet(TimeSpan.FromMinutes(1));
        await Instantie.BezorgAllesAsync();
        Instantie.Klok.Verzet(TimeSpan.FromMinutes(2));
        await Instantie.BezorgAllesAsync();

        var verzoeken = Ontvanger.Verzoeken.ToList();
        verzoeken.Count.ShouldBe(3);
        verzoeken.Select(v => v.WebhookId).Distinct().ShouldHaveSingleItem();
        new StandardWebhook(geheim).Verify(verzoeken[2].Inhoud, verzoeken[2].Headers);

        var log = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/koppelingen/{Las}/abonnementen/{abonnement}/afleverpogingen", token: Beheerder);
        var pogingen = log.GetProperty("pogingen").EnumerateArray().ToList();
        pogingen.Count.ShouldBe(3);
        pogingen[0].GetProperty("statuscode").GetInt32().ShouldBe(200);
        pogingen[0].GetProperty("status").GetString().ShouldBe("afgeleverd");
        pogingen[1].TryGetProperty("statuscode", out _).ShouldBeFalse("a timeout has no status");
        pogingen[1].GetProperty("fout").GetString().ShouldNotBeNull().ShouldContain("tijdslimiet");
        pogingen[2].GetProperty("statuscode").GetInt32().ShouldBe(500);
    }

    [Test]
    public async Task A_later_event_of_a_resource_waits_for_an_earlier_undelivered_one()
    {
        await AbonneerAsync(Aangevraagd, InBehandeling, Toegekend);
        var (id, etag) = await VraagAanAsync();
        etag = await ZetStapAsync(id, "behandeling", etag, null, Medewerker);
        await ZetStapAsync(id, "toekenning", etag, new { beschikkingsnummer = "PO2705-2026-0201", besluitdatum = "2026-11-24", motivering = "Past." }, Medewerker);
        var (ander, _) = await VraagAanAsync();
        await Instantie.VerwerkOutboxAsync();

        Ontvanger.AntwoordVoor(id.ToString(), 500);
        await Instantie.BezorgAllesAsync();
        Typen().ShouldBe([Aangevraagd, Aangevraagd], "the other arrangement's event does not wait; this one's later events do");

        Instantie.Klok.Verzet(TimeSpan.FromMinutes(1));
        await Instantie.BezorgAllesAsync();
        Typen().ShouldBe([Aangevraagd, Aangevraagd, Aangevraagd, InBehandeling, Toegekend]);
        Ontvanger.Verzoeken.Where(v => v.Inhoud.Contains(id.ToString(), StringComparison.Ordinal)).Select(Type)
            .ShouldBe([Aangevraagd, Aangevraagd, InBehandeling, Toegekend]);
        Ontvanger.Verzoeken.Count(v => v.Inhoud.Contains(ander.ToString(), StringComparison.Ordinal)).ShouldBe(1);
    }

    [Test]
    public async Task During_a_rotation_both_secrets_sign_until_the_old_one_is_retired()
    {
        var (abonnement, oud) = await AbonneerAsync(Aangevraagd);
        var rotatie = await Verwacht(HttpStatusCode.Created, HttpMethod.Post, $"/api/v1/koppelingen/{Las}/abonnementen/{abonnement}/geheimen", token: Beheerder);
        var nieuw = rotatie.GetProperty("geheim").GetString()!;
        nieuw.ShouldStartWith("whsec_");

        await VraagAanAsync();
        await Instantie.VerwerkOutboxAsync();
        await Instantie.BezorgAllesAsync();
        var tijdensRotatie = Ontvanger.Verzoeken.ShouldHaveSingleItem();
        tijdensRotatie.Headers["webhook-signature"].ToString().Split(' ').Distinct().Count().ShouldBe(2);
        new StandardWebhook(oud).Verify(tijdensRotatie.Inhoud, tijdensRotatie.Headers);
        new StandardWebhook(nieuw).Verify(tijdensRotatie.Inhoud, tijdensRotatie.Headers);

        await Verwacht(HttpStatusCode.OK, HttpMethod.Delete, $"/api/v1/koppelingen/{Las}/abonnementen/{abonnement}/geheimen/vorig", token: Beheerder);
        Ontvanger.Herstel();
        await VraagAanAsync();
        await Instantie.VerwerkOutboxAsync();
        await Instantie.BezorgAllesAsync();
        var daarna = Ontvanger.Verzoeken.ShouldHaveSingleItem();
        new StandardWebhook(nieuw).Verify(daarna.Inhoud, daarna.Headers);
        Should.Throw<StandardWebhooks.Diagnostics.WebhookVerificationException>(() => new StandardWebhook(oud).Verify(daarna.Inhoud, daarna.Headers));
    }

    [Test]
    public async Task Two_instances_delivering_at_once_deliver_each_event_once()
    {
        await AbonneerAsync(Aangevraagd);
        for (var i = 0; i < 8; i++)
        {
            await VraagAanAsync();
        }

        await Instantie.VerwerkOutboxAsync();
        var eerste = Instantie.NieuweBezorger();
        var tweede = Instantie.NieuweBezorger();
        async Task BezorgAsync(Infrastructure.Webhooks.WebhookBezorger bezorger)
        {
            while (await bezorger.BezorgBatchAsync(CancellationToken.None) > 0)
            {
            }
        }

        await Task.WhenAll(Task.Run(() => BezorgAsync(eerste)), Task.Run(() => BezorgAsync(tweede)));

        var ids = Ontvanger.Verzoeken.Select(v => v.WebhookId).ToList();
        ids.Count.ShouldBe(8);
        ids.Distinct().Count().ShouldBe(8);
    }

    [Test]
    public async Task A_change_that_rolls_back_sends_nothing()
    {
        await AbonneerAsync(Aangevraagd, InBehandeling);
        var (id, _) = await VraagAanAsync();
        await using (var scope = TestOmgeving.Fabriek.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();
            await scope.ServiceProvider.GetRequiredService<ITransactieBeheer>().VoerUitAsync(
                async ct =>
                {
                    var arrangement = await db.Arrangementen.IgnoreQueryFilters().SingleAsync(a => a.Id == id, ct);
                    arrangement.NeemInBehandeling(new Actor("test", "Test"), VasteKlok.Standaard).IsGelukt.ShouldBeTrue();
                    await db.SaveChangesAsync(ct);
                    return (0, false);
                },
                CancellationToken.None);
        }

        await Instantie.VerwerkOutboxAsync();
        await Instantie.BezorgAllesAsync();

        Typen().ShouldBe([Aangevraagd]);
    }

    [Test]
    public async Task After_24_hours_of_failures_the_aflevering_fails_and_the_abonnement_raises_an_event()
    {
        var (abonnement, _) = await AbonneerAsync(Aangevraagd);
        await VraagAanAsync();
        await Instantie.VerwerkOutboxAsync();
        for (var uur = 0; uur < 30; uur++)
        {
            Ontvanger.AntwoordMet(503);
            await Instantie.BezorgAllesAsync();
            Instantie.Klok.Verzet(TimeSpan.FromHours(1.5));
        }

        var aflevering = await Instantie.LeesAsync(db => db.Afleveringen.IgnoreQueryFilters().SingleAsync());
        aflevering.Status.ShouldBe(AfleverStatus.Mislukt);
        (await Instantie.LeesAsync(db => db.OutboxBerichten.Where(b => b.Soort == nameof(WebhookAfleveringMislukt)).Select(b => b.AggregaatId).ToListAsync()))
            .ShouldBe([abonnement.ToString()]);

        // The SWV's beheerder hears of it in the notification centre.
        await Instantie.VerwerkOutboxAsync();
        var meldingen = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/meldingen", token: Beheerder);
        meldingen.GetProperty("meldingen").EnumerateArray().Select(m => m.GetProperty("soort").GetString()).ShouldContain("koppeling-aflevering-mislukt");

        // By hand: it waits again, with the same webhook-id.
        var eerder = Ontvanger.Verzoeken.First().WebhookId;
        Ontvanger.Herstel();
        await Verwacht(HttpStatusCode.OK, HttpMethod.Post, $"/api/v1/koppelingen/{Las}/abonnementen/{abonnement}/afleveringen/{aflevering.Id}/opnieuw", token: Beheerder);
        await Instantie.BezorgAllesAsync();
        Ontvanger.Verzoeken.ShouldHaveSingleItem().WebhookId.ShouldBe(eerder);
    }

    [Test]
    public async Task A_paused_abonnement_keeps_its_afleveringen_waiting_until_resumed()
    {
        var (abonnement, _) = await AbonneerAsync(Aangevraagd);
        await WijzigAsync(abonnement, true);
        await VraagAanAsync();
        await Instantie.VerwerkOutboxAsync();
        await Instantie.BezorgAllesAsync();
        Ontvanger.Verzoeken.ShouldBeEmpty();

        await WijzigAsync(abonnement, false);
        await Instantie.BezorgAllesAsync();
        Typen().ShouldBe([Aangevraagd]);
    }

    [Test]
    public async Task A_koppeling_gets_no_webhook_about_another_vestiging_or_without_the_scope()
    {
        await AbonneerAsync(Aangevraagd);
        await TestClients.RegistreerVoorVestigingenAsync("k-webhook-ander", "PO2705", [AndereVestiging], "arrangementen.lezen");
        await TestClients.RegistreerVoorVestigingenAsync("k-webhook-tlv", "PO2705", [EigenVestiging], "tlv.lezen");
        foreach (var koppeling in new[] { "k-webhook-ander", "k-webhook-tlv" })
        {
            await Verwacht(HttpStatusCode.Created, HttpMethod.Post, $"/api/v1/koppelingen/{koppeling}/abonnementen", new { url = Ontvanger.Url, soorten = new[] { Aangevraagd } }, Beheerder);
        }

        await VraagAanAsync();
        await Instantie.VerwerkOutboxAsync();
        await Instantie.BezorgAllesAsync();
        Ontvanger.Verzoeken.Count.ShouldBe(1, "only the LAS of the pupil's vestiging with arrangementen.lezen");
    }

    [TestCase("https://10.1.2.3/webhook")]
    [TestCase("https://169.254.169.254/latest/meta-data")]
    [TestCase("https://[fd00:ec2::254]/")]
    [TestCase("http://example.invalid:8080/")]
    public async Task A_url_that_points_inside_is_refused_with_a_problem(string url)
    {
        var probleem = await Verwacht(HttpStatusCode.BadRequest, HttpMethod.Post, $"/api/v1/koppelingen/{Las}/abonnementen",
            new { url, soorten = new[] { Aangevraagd, "nl.passendonderwijs.bestaat.niet" } }, Beheerder);
        var codes = probleem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()!).ToList();
        codes.ShouldContain(c => c.StartsWith("url-", StringComparison.Ordinal), "the url is refused, with the reason");
        codes.ShouldContain("onbekende-soort", "every problem at once");
    }

    private async Task<(Guid Id, string Geheim)> AbonneerAsync(params string[] soorten)
    {
        var nieuw = await Verwacht(HttpStatusCode.Created, HttpMethod.Post, $"/api/v1/koppelingen/{Las}/abonnementen", new { url = Ontvanger.Url, soorten }, Beheerder);
        return (nieuw.GetProperty("abonnement").GetProperty("id").GetGuid(), nieuw.GetProperty("geheim").GetString()!);
    }

    private async Task WijzigAsync(Guid abonnement, bool gepauzeerd)
    {
        var pad = $"/api/v1/koppelingen/{Las}/abonnementen/{abonnement}";
        using var huidig = await Stuur(HttpMethod.Get, pad, token: Beheerder);
        var a = await JsonAsync(huidig);
        using var verzoek = new HttpRequestMessage(HttpMethod.Put, pad)
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { url = Ontvanger.Url, soorten = a.GetProperty("soorten"), gepauzeerd }),
        };
        verzoek.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Beheerder);
        verzoek.Headers.TryAddWithoutValidation("If-Match", huidig.Headers.ETag!.Tag);
        using var antwoord = await Client.SendAsync(verzoek);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, await antwoord.Content.ReadAsStringAsync());
    }

    private List<string> Typen() => [.. Ontvanger.Verzoeken.Select(Type)];

    private static string Type(Ontvangen v)
    {
        using var json = JsonDocument.Parse(v.Inhoud);
        return json.RootElement.GetProperty("type").GetString()!;
    }
}
