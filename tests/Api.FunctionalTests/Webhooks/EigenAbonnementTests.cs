using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Audit;

namespace PassendOnderwijs.Api.FunctionalTests.Webhooks;

/// <summary>
/// A koppeling with the scope webhooks.beheren manages its own abonnementen under /abonnementen, with the same use
/// cases as its beheerder: never another koppeling's (404), never without the scope (403).
/// </summary>
public class EigenAbonnementTests : WebhookTest
{
    private const string Las = "k-eigen-las";
    private const string AnderLas = "k-eigen-ander";
    private const string Aangevraagd = "nl.passendonderwijs.arrangement.aangevraagd";
    private const string Scopes = "arrangementen.lezen webhooks.beheren";

    [SetUp]
    public async Task KoppelingenAsync()
    {
        await TestClients.RegistreerVoorVestigingenAsync(Las, "PO2705", [EigenVestiging], "arrangementen.lezen", "webhooks.beheren");
        await TestClients.RegistreerVoorVestigingenAsync(AnderLas, "PO2705", [EigenVestiging], "arrangementen.lezen", "webhooks.beheren");
    }

    [Test]
    public async Task A_koppeling_subscribes_itself_changes_rotates_and_ends_and_its_webhooks_arrive()
    {
        var token = await TestClients.TokenAsync(Client, Las, Scopes);
        var nieuw = await Stuur(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/abonnementen", token, new { url = Ontvanger.Url, soorten = new[] { Aangevraagd } });
        var id = nieuw.Json.GetProperty("abonnement").GetProperty("id").GetGuid();
        nieuw.Json.GetProperty("abonnement").GetProperty("clientId").GetString().ShouldBe(Las);
        nieuw.Json.GetProperty("geheim").GetString()!.ShouldStartWith("whsec_");
        nieuw.Location.ShouldBe($"/api/v1/abonnementen/{id}");

        // The beheerder sees the same abonnement under the koppeling: one set of abonnementen, two ways to name it.
        var beheerder = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/koppelingen/{Las}/abonnementen", token: Beheerder);
        beheerder.GetProperty("abonnementen").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ShouldBe([id]);

        var lijst = await Stuur(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/abonnementen", token);
        lijst.Json.GetProperty("abonnementen").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ShouldBe([id]);
        var een = await Stuur(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/abonnementen/{id}", token);
        await Stuur(HttpStatusCode.PreconditionRequired, HttpMethod.Put, $"/api/v1/abonnementen/{id}", token, new { url = Ontvanger.Url, soorten = new[] { Aangevraagd }, gepauzeerd = true });
        await Stuur(HttpStatusCode.OK, HttpMethod.Put, $"/api/v1/abonnementen/{id}", token, new { url = Ontvanger.Url, soorten = new[] { Aangevraagd }, gepauzeerd = false }, een.Etag);
        var rotatie = await Stuur(HttpStatusCode.Created, HttpMethod.Post, $"/api/v1/abonnementen/{id}/geheimen", token);
        var geheim = rotatie.Json.GetProperty("geheim").GetString()!;
        await Stuur(HttpStatusCode.OK, HttpMethod.Delete, $"/api/v1/abonnementen/{id}/geheimen/vorig", token);

        await VraagAanAsync();
        await Instantie.VerwerkOutboxAsync();
        await Instantie.BezorgAllesAsync();
        var ontvangen = Ontvanger.Verzoeken.ShouldHaveSingleItem();
        new StandardWebhooks.StandardWebhook(geheim).Verify(ontvangen.Inhoud, ontvangen.Headers);

        var log = await Stuur(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/abonnementen/{id}/afleverpogingen", token);
        var poging = log.Json.GetProperty("pogingen").EnumerateArray().ShouldHaveSingleItem();
        poging.GetProperty("statuscode").GetInt32().ShouldBe(200);
        var aflevering = poging.GetProperty("afleveringId").GetGuid();
        await Stuur(HttpStatusCode.OK, HttpMethod.Post, $"/api/v1/abonnementen/{id}/afleveringen/{aflevering}/opnieuw", token);

        await Stuur(HttpStatusCode.NoContent, HttpMethod.Delete, $"/api/v1/abonnementen/{id}", token);
        await Stuur(HttpStatusCode.NotFound, HttpMethod.Get, $"/api/v1/abonnementen/{id}", token);

        // Audited like the beheerder's changes: under the koppeling, with the koppeling itself as actor.
        var regels = await Instantie.LeesAsync(db => db.AuditRegels.IgnoreQueryFilters()
            .Where(r => r.Actor == Las && r.ResourceSoort == "koppeling").ToListAsync());
        regels.ShouldAllBe(r => r.ResourceId == Las && r.ActorSoort == "client");
        regels.Select(r => r.Actie).ShouldBe(
            [AuditActie.Aanmaken, AuditActie.Wijzigen, AuditActie.Wijzigen, AuditActie.Wijzigen, AuditActie.Wijzigen, AuditActie.Verwijderen], ignoreOrder: true);
    }

    [Test]
    public async Task A_koppeling_never_sees_or_touches_another_koppelings_abonnementen()
    {
        var ander = await Verwacht(HttpStatusCode.Created, HttpMethod.Post, $"/api/v1/koppelingen/{AnderLas}/abonnementen",
            new { url = Ontvanger.Url, soorten = new[] { Aangevraagd } }, Beheerder);
        var id = ander.GetProperty("abonnement").GetProperty("id").GetGuid();
        var token = await TestClients.TokenAsync(Client, Las, Scopes);

        var eigen = await Stuur(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/abonnementen", token);
        eigen.Json.GetProperty("abonnementen").GetArrayLength().ShouldBe(0);
        await Stuur(HttpStatusCode.NotFound, HttpMethod.Get, $"/api/v1/abonnementen/{id}", token);
        await Stuur(HttpStatusCode.NotFound, HttpMethod.Put, $"/api/v1/abonnementen/{id}", token, new { url = Ontvanger.Url, soorten = new[] { Aangevraagd }, gepauzeerd = true }, "\"1\"");
        await Stuur(HttpStatusCode.NotFound, HttpMethod.Post, $"/api/v1/abonnementen/{id}/geheimen", token);
        await Stuur(HttpStatusCode.NotFound, HttpMethod.Get, $"/api/v1/abonnementen/{id}/afleverpogingen", token);
        await Stuur(HttpStatusCode.NotFound, HttpMethod.Delete, $"/api/v1/abonnementen/{id}", token);

        // Naming the other koppeling on the beheerder's route does not help: a koppeling only ever finds itself.
        await Stuur(HttpStatusCode.NotFound, HttpMethod.Get, $"/api/v1/koppelingen/{AnderLas}/abonnementen", token);
        await Stuur(HttpStatusCode.NotFound, HttpMethod.Get, $"/api/v1/koppelingen/{AnderLas}/abonnementen/{id}", token);
        await Stuur(HttpStatusCode.NotFound, HttpMethod.Delete, $"/api/v1/koppelingen/{AnderLas}/abonnementen/{id}", token);
        await Stuur(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/koppelingen/{Las}/abonnementen", token);

        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/koppelingen/{AnderLas}/abonnementen/{id}", token: Beheerder))
            .GetProperty("gepauzeerd").GetBoolean().ShouldBeFalse("nothing changed");
    }

    [Test]
    public async Task Without_the_scope_a_koppeling_gets_403_and_a_person_has_no_own_abonnementen()
    {
        await TestClients.RegistreerVoorVestigingenAsync("k-eigen-zonder", "PO2705", [EigenVestiging], "arrangementen.lezen", "notificaties.lezen");
        var zonder = await TestClients.TokenAsync(Client, "k-eigen-zonder", "arrangementen.lezen notificaties.lezen");
        var probleem = await Stuur(HttpStatusCode.Forbidden, HttpMethod.Get, "/api/v1/abonnementen", zonder);
        probleem.Json.GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:geen-toegang");
        await Stuur(HttpStatusCode.Forbidden, HttpMethod.Post, "/api/v1/abonnementen", zonder, new { url = Ontvanger.Url, soorten = new[] { Aangevraagd } });
        await Stuur(HttpStatusCode.Forbidden, HttpMethod.Get, "/api/v1/koppelingen/k-eigen-zonder/abonnementen", zonder);

        // A token without the scope, even for a koppeling that has it, is refused as well.
        var smal = await TestClients.TokenAsync(Client, Las, "arrangementen.lezen");
        await Stuur(HttpStatusCode.Forbidden, HttpMethod.Get, "/api/v1/abonnementen", smal);

        var beheerder = await Stuur(HttpStatusCode.Forbidden, HttpMethod.Get, "/api/v1/abonnementen", Beheerder);
        beheerder.Json.GetRawText().ShouldContain("geen-koppeling");
    }

    private async Task<(JsonElement Json, string? Etag, string? Location)> Stuur(
        HttpStatusCode status, HttpMethod methode, string pad, string token, object? inhoud = null, string? ifMatch = null)
    {
        using var verzoek = new HttpRequestMessage(methode, pad) { Content = inhoud is null ? null : JsonContent.Create(inhoud) };
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (ifMatch is not null)
        {
            verzoek.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        using var antwoord = await Client.SendAsync(verzoek);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        antwoord.StatusCode.ShouldBe(status, tekst);
        var json = tekst.Length == 0 ? default : JsonDocument.Parse(tekst).RootElement.Clone();
        return (json, antwoord.Headers.ETag?.Tag, antwoord.Headers.Location?.OriginalString);
    }
}
