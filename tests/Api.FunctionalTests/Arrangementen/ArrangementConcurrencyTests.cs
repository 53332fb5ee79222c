using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace PassendOnderwijs.Api.FunctionalTests.Arrangementen;

public class ArrangementConcurrencyTests : ArrangementTest
{
    [Test]
    public async Task A_step_without_If_Match_is_428_and_with_a_stale_version_412_and_nothing_changes()
    {
        var (id, etag) = await VraagAanAsync();
        await ZetStapAsync(id, "behandeling", etag, null, Medewerker);

        using var zonder = await StapAsync(id, "informatieverzoek", null, new { vraag = "Vraag?" }, Medewerker);
        (await ProbleemAsync(zonder, 428)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:versie-vereist");
        using var verouderd = await StapAsync(id, "informatieverzoek", etag, new { vraag = "Vraag?" }, Medewerker);
        (await ProbleemAsync(verouderd, 412)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:versie-verouderd");

        var (arrangement, _) = await HaalOpAsync(id);
        arrangement.TryGetProperty("openVraag", out _).ShouldBeFalse();
        arrangement.GetProperty("geschiedenis").GetArrayLength().ShouldBe(2);
    }

    [Test]
    public async Task Of_twenty_parallel_writers_with_the_same_version_exactly_one_wins()
    {
        var (id, etag) = await VraagAanAsync();
        etag = await MaakActiefAsync(id, etag, "PO2705-2026-0100");

        var antwoorden = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            using var response = await StapAsync(id, "evaluaties", etag, Evaluatie($"Schrijver {i}"), IbEigen);
            return response.StatusCode;
        }));

        antwoorden.Count(s => s == HttpStatusCode.OK).ShouldBe(1);
        antwoorden.Count(s => s == HttpStatusCode.PreconditionFailed).ShouldBe(19);
        (await HaalOpAsync(id)).Arrangement.GetProperty("evaluaties").GetArrayLength().ShouldBe(1);
    }

    [Test]
    public async Task Twenty_parallel_writers_that_retry_on_412_lose_no_update()
    {
        var (id, etag) = await VraagAanAsync();
        await MaakActiefAsync(id, etag, "PO2705-2026-0101");

        await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            for (var poging = 0; poging < 200; poging++)
            {
                var (_, huidig) = await HaalOpAsync(id, IbEigen);
                using var response = await StapAsync(id, "evaluaties", huidig, Evaluatie($"Schrijver {i}"), IbEigen);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                response.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
            }

            Assert.Fail($"Schrijver {i} kwam er niet tussen.");
        }));

        var conclusies = (await HaalOpAsync(id)).Arrangement.GetProperty("evaluaties").EnumerateArray()
            .Select(e => e.GetProperty("conclusie").GetString()).ToList();
        conclusies.Order().ShouldBe(Enumerable.Range(0, 20).Select(i => $"Schrijver {i}").Order());
    }

    [Test]
    public async Task A_retried_request_with_the_same_Idempotency_Key_returns_the_first_arrangement()
    {
        var aanvraag = ArrangementVoorbeeld.Aanvraag(LeerlingId);
        using var eerste = await AanvraagMetSleutelAsync("sleutel-1", aanvraag);
        using var herhaling = await AanvraagMetSleutelAsync("sleutel-1", aanvraag);

        eerste.StatusCode.ShouldBe(HttpStatusCode.Created);
        herhaling.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await JsonAsync(eerste)).GetProperty("id").GetGuid();
        (await JsonAsync(herhaling)).GetProperty("id").GetGuid().ShouldBe(id);
        herhaling.Headers.Location!.ToString().ShouldEndWith($"/arrangementen/{id}");
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Pad, token: Medewerker)).GetProperty("arrangementen").GetArrayLength().ShouldBe(1);
    }

    [Test]
    public async Task Forty_parallel_requests_with_one_Idempotency_Key_all_get_the_one_arrangement_they_made()
    {
        var aanvraag = ArrangementVoorbeeld.Aanvraag(LeerlingId);

        var antwoorden = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => AanvraagMetSleutelAsync("sleutel-parallel", aanvraag)));

        var ids = new List<Guid>();
        foreach (var antwoord in antwoorden)
        {
            antwoord.StatusCode.ShouldBe(HttpStatusCode.Created, await antwoord.Content.ReadAsStringAsync());
            ids.Add((await JsonAsync(antwoord)).GetProperty("id").GetGuid());
            antwoord.Dispose();
        }

        ids.Distinct().Count().ShouldBe(1);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Pad, token: Medewerker)).GetProperty("arrangementen").GetArrayLength().ShouldBe(1);
    }

    [Test]
    public async Task The_same_Idempotency_Key_with_another_request_is_refused()
    {
        using var eerste = await AanvraagMetSleutelAsync("sleutel-2", ArrangementVoorbeeld.Aanvraag(LeerlingId));
        eerste.StatusCode.ShouldBe(HttpStatusCode.Created);
        using var ander = await AanvraagMetSleutelAsync("sleutel-2", ArrangementVoorbeeld.Aanvraag(LeerlingId, "Een andere toelichting."));

        var probleem = await ProbleemAsync(ander, 400);
        probleem.GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("idempotency-key-hergebruikt");
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Pad, token: Medewerker)).GetProperty("arrangementen").GetArrayLength().ShouldBe(1);
    }

    [Test]
    public async Task Two_people_may_use_the_same_key_for_different_requests()
    {
        var tweede = await RegistreerLeerlingAsync("Daan", EigenVestiging, Medewerker);
        using var school = await AanvraagMetSleutelAsync("gedeeld", ArrangementVoorbeeld.Aanvraag(LeerlingId));
        using var swv = await AanvraagMetSleutelAsync("gedeeld", ArrangementVoorbeeld.Aanvraag(tweede), Medewerker);

        school.StatusCode.ShouldBe(HttpStatusCode.Created);
        swv.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await JsonAsync(swv)).GetProperty("id").GetGuid().ShouldNotBe((await JsonAsync(school)).GetProperty("id").GetGuid());
    }

    private async Task<HttpResponseMessage> AanvraagMetSleutelAsync(string sleutel, object aanvraag, string? token = null)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, Pad) { Content = JsonContent.Create(aanvraag) };
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? IbEigen);
        verzoek.Headers.Add("Idempotency-Key", sleutel);
        return await Client.SendAsync(verzoek);
    }

    private static object Evaluatie(string conclusie) => new
    {
        datum = "2026-11-24",
        doelen = new[] { new { doel = 1, behaald = true }, new { doel = 2, behaald = true } },
        conclusie,
        vervolg = "voortzetten",
    };
}
