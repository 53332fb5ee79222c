using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using PassendOnderwijs.Api.FunctionalTests.Arrangementen;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;

namespace PassendOnderwijs.Api.FunctionalTests.Http;

/// <summary>
/// Two API instances on one database and one key folder, as behind a load balancer: a browser's sign-in whose every
/// request lands on the other instance than the one before (the antiforgery token, the session cookie and the
/// authorization code each cross over), and an access token, an Idempotency-Key and an ETag from one instance that
/// the other honours exactly the same.
/// </summary>
public sealed class TweeInstantiesTests : ArrangementTest
{
    private ApiFabriek _een = null!;
    private ApiFabriek _twee = null!;

    [SetUp]
    public void StartTweeInstanties()
    {
        _een = ApiFabriek.NogEenInstantie();
        _twee = ApiFabriek.NogEenInstantie();
        _ = (_een.Server, _twee.Server);
    }

    [TearDown]
    public async Task StopTweeInstantiesAsync()
    {
        await _een.DisposeAsync();
        await _twee.DisposeAsync();
    }

    [Test]
    public async Task A_sign_in_that_alternates_between_the_instances_works_and_its_token_works_at_both()
    {
        using var browser = new HttpClient(new CookieContainerHandler { InnerHandler = new Wisselaar(_een.Server.CreateHandler(), _twee.Server.CreateHandler()) })
        {
            BaseAddress = new Uri("http://localhost"),
        };

        var token = (await Aanmelding.MeldAanAsync(browser, "ib@regenboog.nl")).GetProperty("access_token").GetString()!;

        // On one machine ASP.NET's default key folder (the user's profile) is shared anyway; on two machines it is not,
        // so the key ring must be in the key folder every instance shares.
        Directory.GetFiles(Path.Combine(TestOmgeving.SleutelMap, "dataprotection"), "key-*.xml").ShouldNotBeEmpty();
        File.Exists(Path.Combine(TestOmgeving.SleutelMap, "signing.pem")).ShouldBeTrue();

        foreach (var instantie in new[] { _een, _twee })
        {
            using var client = instantie.CreateClient();
            using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ik");
            verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var ik = await client.SendAsync(verzoek);
            ik.StatusCode.ShouldBe(HttpStatusCode.OK, await ik.Content.ReadAsStringAsync());
            (await JsonAsync(ik)).GetProperty("email").GetString().ShouldBe("ib@regenboog.nl");
        }
    }

    [Test]
    public async Task An_Idempotency_Key_and_an_ETag_mean_the_same_at_both_instances()
    {
        using var een = _een.CreateClient();
        using var twee = _twee.CreateClient();
        using var browser = _een.CreateClient(new() { AllowAutoRedirect = false });
        var token = (await Aanmelding.MeldAanAsync(browser, "ib@regenboog.nl")).GetProperty("access_token").GetString()!;

        // The same request with the same key at each instance: one arrangement, the second answer repeats the first.
        var aanvraag = ArrangementVoorbeeld.Aanvraag(LeerlingId);
        using var eerste = await StuurAsync(een, HttpMethod.Post, Pad, token, aanvraag, idempotentie: "over-instanties");
        eerste.StatusCode.ShouldBe(HttpStatusCode.Created, await eerste.Content.ReadAsStringAsync());
        using var herhaald = await StuurAsync(twee, HttpMethod.Post, Pad, token, aanvraag, idempotentie: "over-instanties");
        herhaald.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await JsonAsync(eerste)).GetProperty("id").GetGuid();
        (await JsonAsync(herhaald)).GetProperty("id").GetGuid().ShouldBe(id);

        // An ETag read at one instance is current at the other; once used there, it is stale at the first.
        var leerling = $"/api/v1/leerlingen/{LeerlingId}";
        using var gelezen = await StuurAsync(een, HttpMethod.Get, leerling, token);
        var etag = gelezen.Headers.ETag!.Tag;
        using var gekoppeld = await StuurAsync(twee, HttpMethod.Put, $"{leerling}/las-sleutel", token, new { lasSleutel = "LN-1" }, etag);
        gekoppeld.StatusCode.ShouldBe(HttpStatusCode.OK, await gekoppeld.Content.ReadAsStringAsync());
        using var verouderd = await StuurAsync(een, HttpMethod.Put, $"{leerling}/las-sleutel", token, new { lasSleutel = "LN-2" }, etag);
        await ProbleemAsync(verouderd, 412);
    }

    private static async Task<HttpResponseMessage> StuurAsync(
        HttpClient client, HttpMethod methode, string pad, string token, object? inhoud = null, string? ifMatch = null, string? idempotentie = null)
    {
        using var verzoek = new HttpRequestMessage(methode, pad);
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (inhoud is not null)
        {
            verzoek.Content = JsonContent.Create(inhoud);
        }

        if (ifMatch is not null)
        {
            verzoek.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (idempotentie is not null)
        {
            verzoek.Headers.Add("Idempotency-Key", idempotentie);
        }

        return await client.SendAsync(verzoek);
    }

    /// <summary>A load balancer at its least kind: every request goes to the other instance than the one before.</summary>
    private sealed class Wisselaar(HttpMessageHandler een, HttpMessageHandler twee) : HttpMessageHandler
    {
        private readonly HttpMessageInvoker[] _instanties = [new(een), new(twee)];
        private int _volgende;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            _instanties[Interlocked.Increment(ref _volgende) % 2].SendAsync(request, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                foreach (var instantie in _instanties)
                {
                    instantie.Dispose();
                }
            }

            base.Dispose(disposing);
        }
    }
}
