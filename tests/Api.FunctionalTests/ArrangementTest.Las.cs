using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;

namespace PassendOnderwijs.Api.FunctionalTests;

/// <summary>A school's LAS keeping a copy of a feed (TLV's, OPP's): a koppeling of one vestiging, its full copy and its ETags.</summary>
public abstract partial class ArrangementTest
{
    /// <summary>A koppeling of PO2705 for <paramref name="vestiging"/> with these scopes; returns its access token.</summary>
    protected async Task<string> LasAsync(string clientId, string vestiging, params string[] scopes)
    {
        await TestClients.RegistreerVoorVestigingenAsync(clientId, "PO2705", [vestiging], scopes);
        return await TestClients.TokenAsync(Client, clientId, string.Join(' ', scopes));
    }

    /// <summary>
    /// The full copy at <paramref name="sync"/>, page by page, keyed by id, with the items under <paramref name="lijst"/>:
    /// every page but the last points to the next, the last carries the feed token.
    /// </summary>
    protected async Task<(Dictionary<Guid, JsonElement> Kopie, string Token)> VolledigeKopieAsync(string sync, string lijst, string las, int pageSize)
    {
        var kopie = new Dictionary<Guid, JsonElement>();
        var pad = $"{sync}?pageSize={pageSize}";
        while (true)
        {
            using var pagina = await Stuur(HttpMethod.Get, pad, token: las);
            pagina.StatusCode.ShouldBe(HttpStatusCode.OK, await pagina.Content.ReadAsStringAsync());
            var inhoud = await JsonAsync(pagina);
            foreach (var t in inhoud.GetProperty(lijst).EnumerateArray())
            {
                kopie.Add(t.GetProperty("id").GetGuid(), t);
            }

            if (inhoud.TryGetProperty("volgendeCursor", out var volgende))
            {
                inhoud.TryGetProperty("wijzigingenToken", out _).ShouldBeFalse("only the last page carries the token");
                pagina.Headers.GetValues("Link").Single().ShouldContain("rel=\"next\"");
                pad = $"{sync}?pageSize={pageSize}&cursor={volgende.GetString()}";
                continue;
            }

            return (kopie, inhoud.GetProperty("wijzigingenToken").GetString()!);
        }
    }

    /// <summary>A copy as text in id order, to compare a copy kept up to date with a fresh one.</summary>
    protected static List<string> Kopietekst(Dictionary<Guid, JsonElement> kopie) =>
        [.. kopie.OrderBy(k => k.Key).Select(k => k.Value.GetRawText())];

    /// <summary>A GET with If-None-Match; returns the response (dispose it).</summary>
    protected async Task<HttpResponseMessage> MetEtagAsync(string pad, EntityTagHeaderValue etag, string token)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, pad);
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        verzoek.Headers.IfNoneMatch.Add(etag);
        return await Client.SendAsync(verzoek);
    }
}
