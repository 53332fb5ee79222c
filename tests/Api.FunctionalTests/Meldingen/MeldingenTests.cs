using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Application.Common.Gebeurtenissen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Termijnen;
using PassendOnderwijs.Domain.Termijnen.Gebeurtenissen;
using PassendOnderwijs.Infrastructure.Meldingen;
using PassendOnderwijs.Infrastructure.Outbox;

namespace PassendOnderwijs.Api.FunctionalTests.Meldingen;

/// <summary>
/// The notification centre end to end: the arrangement's steps through the API, the outbox delivered, and what each
/// person then finds in their own list.
/// </summary>
public class MeldingenTests : ArrangementTest
{
    private const string MeldingenPad = "/api/v1/meldingen";
    private const string VoorkeurenPad = "/api/v1/meldingvoorkeuren";

    [Test]
    public async Task A_grant_tells_the_requester_and_not_the_medewerker_who_granted_it()
    {
        var (id, _) = await KenToeAsync();

        var lijst = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, MeldingenPad, token: IbEigen);
        var melding = lijst.GetProperty("meldingen").EnumerateArray().ShouldHaveSingleItem();
        melding.GetProperty("soort").GetString().ShouldBe("aanvraag-beantwoord");
        melding.GetProperty("tekst").GetString().ShouldBe("Uw aanvraag voor een arrangement is toegekend.");
        melding.GetProperty("zaak").GetString().ShouldBe("arrangement");
        melding.GetProperty("zaakId").GetGuid().ShouldBe(id);
        melding.TryGetProperty("gelezenOp", out _).ShouldBeFalse();
        lijst.GetProperty("aantalOngelezen").GetInt32().ShouldBe(1);

        (await Aantal(Medewerker)).ShouldBe(0, "who granted it caused the event");
        (await Aantal(IbAnder)).ShouldBe(0, "another school's IB'er is not involved");
    }

    [Test]
    public async Task The_swv_question_reaches_the_requester_and_the_answer_the_medewerker()
    {
        var (id, etag) = await VraagAanAsync();
        etag = await ZetStapAsync(id, "behandeling", etag, null, Medewerker);
        etag = await ZetStapAsync(id, "informatieverzoek", etag, new { vraag = "Is er een handelingsplan?" }, Medewerker);
        await VerwerkOutboxAsync();
        Soorten(await Verwacht(HttpStatusCode.OK, HttpMethod.Get, MeldingenPad, token: IbEigen)).ShouldBe(["vraag-gesteld"]);

        await ZetStapAsync(id, "informatieverzoek/antwoord", etag, new { antwoord = "Ja, sinds september." }, IbEigen);
        await VerwerkOutboxAsync();
        Soorten(await Verwacht(HttpStatusCode.OK, HttpMethod.Get, MeldingenPad, token: Medewerker)).ShouldBe(["vraag-beantwoord"]);
        (await Aantal(IbEigen)).ShouldBe(1, "the answer was the IB'er's own");
    }

    [Test]
    public async Task A_kind_switched_off_in_the_app_is_not_written()
    {
        using var voorkeuren = await Stuur(HttpMethod.Get, VoorkeurenPad, token: IbEigen);
        voorkeuren.StatusCode.ShouldBe(HttpStatusCode.OK);
        voorkeuren.Headers.ETag!.Tag.ShouldBe("\"0\"");
        var standaard = await JsonAsync(voorkeuren);
        standaard.GetProperty("voorkeuren").EnumerateArray().ShouldAllBe(v => v.GetProperty("inApp").GetBoolean());

        using var zonderVersie = await Stuur(HttpMethod.Put, VoorkeurenPad, Uit("aanvraag-beantwoord"), IbEigen);
        zonderVersie.StatusCode.ShouldBe((HttpStatusCode)428);
        using var gewijzigd = await PutAsync(VoorkeurenPad, "\"0\"", Uit("aanvraag-beantwoord"), IbEigen);
        gewijzigd.StatusCode.ShouldBe(HttpStatusCode.OK, await gewijzigd.Content.ReadAsStringAsync());
        gewijzigd.Headers.ETag!.Tag.ShouldBe("\"1\"");
        using var verouderd = await PutAsync(VoorkeurenPad, "\"0\"", Uit("besluit"), IbEigen);
        verouderd.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);

        await KenToeAsync();

        (await Aantal(IbEigen)).ShouldBe(0);
        var na = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, VoorkeurenPad, token: IbEigen);
        na.GetProperty("voorkeuren").EnumerateArray().Single(v => v.GetProperty("soort").GetString() == "aanvraag-beantwoord")
            .GetProperty("inApp").GetBoolean().ShouldBeFalse();
    }

    [Test]
    public async Task Invalid_choices_are_refused_with_every_problem()
    {
        using var response = await PutAsync(
            VoorkeurenPad, "\"0\"", new { voorkeuren = new object[] { new { soort = "onbekend", inApp = true }, new { soort = "besluit" } } }, IbEigen);
        var probleem = await ProbleemAsync(response, 400);
        probleem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("pointer").GetString()).ShouldBe(
            ["#/voorkeuren/0/soort", "#/voorkeuren/0/perEmail", "#/voorkeuren/1/inApp", "#/voorkeuren/1/perEmail"], ignoreOrder: true);
    }

    [Test]
    public async Task Another_persons_notification_is_not_found_and_stays_unread()
    {
        await KenToeAsync();
        var id = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, MeldingenPad, token: IbEigen))
            .GetProperty("meldingen")[0].GetProperty("id").GetGuid();

        await Verwacht(HttpStatusCode.NotFound, HttpMethod.Post, $"{MeldingenPad}/{id}/gelezen", token: IbAnder);
        await Verwacht(HttpStatusCode.NotFound, HttpMethod.Post, $"{MeldingenPad}/{id}/gelezen", token: Medewerker);
        (await Aantal(IbEigen)).ShouldBe(1);

        var gelezen = await Verwacht(HttpStatusCode.OK, HttpMethod.Post, $"{MeldingenPad}/{id}/gelezen", token: IbEigen);
        gelezen.GetProperty("gelezenOp").GetDateTimeOffset().ShouldBe(TestSupport.VasteKlok.Standaard);
        (await Aantal(IbEigen)).ShouldBe(0);
    }

    [Test]
    public async Task Pages_run_newest_first_and_marking_all_read_empties_the_unread_list()
    {
        var eerste = (await KenToeAsync()).Id;
        var tweede = (await KenToeAsync()).Id;
        var derde = (await KenToeAsync()).Id;
        (await Aantal(IbEigen)).ShouldBe(3);

        // Newest first is id order (UUID v7); the test clock stands still, so within one moment the order is the ids'.
        var pagina1 = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{MeldingenPad}?pageSize=2", token: IbEigen);
        Ids(pagina1).Count.ShouldBe(2);
        Ids(pagina1).ShouldBeInOrder(SortDirection.Descending);
        var cursor = pagina1.GetProperty("volgendeCursor").GetString()!;
        var pagina2 = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{MeldingenPad}?pageSize=2&cursor={Uri.EscapeDataString(cursor)}", token: IbEigen);
        Ids(pagina2).ShouldHaveSingleItem().ShouldBeLessThan(Ids(pagina1)[^1]);
        pagina2.TryGetProperty("volgendeCursor", out _).ShouldBeFalse();
        Zaken(pagina1).Concat(Zaken(pagina2)).ShouldBe([eerste, tweede, derde], ignoreOrder: true);

        // A cursor of the full list is no cursor of the unread list.
        await Verwacht(HttpStatusCode.BadRequest, HttpMethod.Get, $"{MeldingenPad}?alleenOngelezen=true&cursor={Uri.EscapeDataString(cursor)}", token: IbEigen);

        var alles = await Verwacht(HttpStatusCode.OK, HttpMethod.Post, $"{MeldingenPad}/gelezen", token: IbEigen);
        alles.GetProperty("gemarkeerd").GetInt32().ShouldBe(3);
        var ongelezen = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{MeldingenPad}?alleenOngelezen=true", token: IbEigen);
        ongelezen.GetProperty("meldingen").GetArrayLength().ShouldBe(0);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, MeldingenPad, token: IbEigen)).GetProperty("meldingen").GetArrayLength().ShouldBe(3);
    }

    [Test]
    public async Task A_delivered_event_is_written_once()
    {
        await KenToeAsync();
        await VerwerkOutboxAsync();
        (await Aantal(IbEigen)).ShouldBe(1);
    }

    [Test]
    public async Task With_email_on_a_pickup_file_is_written_that_carries_no_pupil_data()
    {
        var map = Directory.CreateTempSubdirectory("meldingen-mail-").FullName;
        try
        {
            // A second instance with e-mail on; its background sender looks only once an hour, so the test drives it.
            await using var instantie = ApiFabriek.NogEenInstantie(new Dictionary<string, string>
            {
                ["Email:Aan"] = "true",
                ["Email:PickupMap"] = map,
                ["Email:PollInterval"] = "01:00:00",
            });
            _ = instantie.Server;
            await KenToeZonderBezorgingAsync();
            var verwerker = instantie.Services.GetRequiredService<OutboxVerwerker>();
            while (await verwerker.VerwerkBatchAsync(CancellationToken.None) > 0)
            {
            }

            // The default sends a decision on one's own request only in the app: switch e-mail on, and grant another.
            string etag;
            using (var huidig = await Stuur(HttpMethod.Get, VoorkeurenPad, token: IbEigen))
            {
                etag = huidig.Headers.ETag!.Tag;
            }

            using (var aan = await PutAsync(VoorkeurenPad, etag, new { voorkeuren = new[] { new { soort = "aanvraag-beantwoord", inApp = true, perEmail = true } } }, IbEigen))
            {
                aan.StatusCode.ShouldBe(HttpStatusCode.OK);
            }

            await KenToeZonderBezorgingAsync();
            while (await verwerker.VerwerkBatchAsync(CancellationToken.None) > 0)
            {
            }

            var verzender = instantie.Services.GetRequiredService<MailVerzender>();
            while (await verzender.VerzendBatchAsync(CancellationToken.None) > 0)
            {
            }

            var bestand = Directory.GetFiles(map, "*.eml").ShouldHaveSingleItem();
            var inhoud = await File.ReadAllTextAsync(bestand);
            inhoud.ShouldContain("ib@regenboog.nl");
            inhoud.ShouldContain(MailVerzender.Onderwerp);
            inhoud.ShouldContain("Er is een nieuw bericht voor u in PassendOnderwijs");
            inhoud.ShouldContain("http://localhost/meldingen");
            inhoud.ShouldNotContain("Sanne");
            inhoud.ShouldNotContain("Test");
            inhoud.ShouldNotContain("toegekend");
            (await verzender.VerzendBatchAsync(CancellationToken.None)).ShouldBe(0, "a sent mail is not sent again");
        }
        finally
        {
            Directory.Delete(map, recursive: true);
        }
    }

    [Test]
    public async Task A_term_reaches_whoever_acts_the_school_of_the_case_or_the_swv_staff()
    {
        var (id, _) = await VraagAanAsync();
        var swv = Domain.Organisaties.SwvCode.Parse("PO2705").Waarde;
        var nu = TestSupport.VasteKlok.Standaard;

        // The deadline engine raises these; here they go straight to the consumers, as the outbox would deliver them.
        await using (var scope = TestOmgeving.Fabriek.Services.CreateAsyncScope())
        {
            foreach (var consument in scope.ServiceProvider.GetServices<IDomainEventConsumer<TermijnGebeurtenis>>())
            {
                await consument.ConsumeAsync(
                    new TermijnVerlopen(Guid.NewGuid(), swv, EigenVestiging, Termijnsoort.ArrangementEvaluatie, Zaaksoort.Arrangement, id, new DateOnly(2026, 11, 20), nu),
                    CancellationToken.None);
                await consument.ConsumeAsync(
                    new TermijnNadert(Guid.NewGuid(), swv, EigenVestiging, Termijnsoort.ArrangementBehandeling, Zaaksoort.Arrangement, id, new DateOnly(2026, 12, 1), nu),
                    CancellationToken.None);
            }
        }

        var school = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, MeldingenPad, token: IbEigen);
        var melding = school.GetProperty("meldingen").EnumerateArray().ShouldHaveSingleItem();
        melding.GetProperty("soort").GetString().ShouldBe("termijn-verlopen");
        melding.GetProperty("tekst").GetString().ShouldBe("Een termijn is verlopen: evaluatie van een arrangement.");
        (await Aantal(IbAnder)).ShouldBe(0, "another vestiging's staff do not act on this case");
        Soorten(await Verwacht(HttpStatusCode.OK, HttpMethod.Get, MeldingenPad, token: Medewerker)).ShouldBe(
            ["termijn-nadert"], "nobody took the request in behandeling yet: every swv-medewerker hears of it");
        (await Aantal(Expert)).ShouldBe(0);
    }

    /// <summary>Requests an arrangement as the IB'er, grants it as the medewerker, and delivers the events.</summary>
    private async Task<(Guid Id, string Etag)> KenToeAsync()
    {
        var toegekend = await KenToeZonderBezorgingAsync();
        await VerwerkOutboxAsync();
        return toegekend;
    }

    private async Task<(Guid Id, string Etag)> KenToeZonderBezorgingAsync()
    {
        var (id, etag) = await VraagAanAsync();
        etag = await ZetStapAsync(id, "behandeling", etag, null, Medewerker);
        etag = await ZetStapAsync(id, "toekenning", etag, new { beschikkingsnummer = $"PO2705-2026-{Random.Shared.Next(1000, 9999)}", besluitdatum = "2026-11-24", motivering = "Past bij de onderwijsbehoeften." }, Medewerker);
        return (id, etag);
    }

    private async Task<int> Aantal(string token) =>
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, MeldingenPad + "/aantal-ongelezen", token: token)).GetProperty("aantal").GetInt32();

    private static List<string> Soorten(JsonElement lijst) =>
        [.. lijst.GetProperty("meldingen").EnumerateArray().Select(m => m.GetProperty("soort").GetString()!)];

    private static List<Guid> Ids(JsonElement lijst) =>
        [.. lijst.GetProperty("meldingen").EnumerateArray().Select(m => m.GetProperty("id").GetGuid())];

    private static List<Guid> Zaken(JsonElement lijst) =>
        [.. lijst.GetProperty("meldingen").EnumerateArray().Select(m => m.GetProperty("zaakId").GetGuid())];

    private static object Uit(string soort) => new { voorkeuren = new[] { new { soort, inApp = false, perEmail = false } } };

    private async Task<HttpResponseMessage> PutAsync(string pad, string ifMatch, object inhoud, string token)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Put, pad);
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        verzoek.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        verzoek.Content = JsonContent.Create(inhoud);
        return await Client.SendAsync(verzoek);
    }

    private static async Task VerwerkOutboxAsync()
    {
        var verwerker = TestOmgeving.Fabriek.Services.GetRequiredService<OutboxVerwerker>();
        while (await verwerker.VerwerkBatchAsync(CancellationToken.None) > 0)
        {
        }
    }
}
