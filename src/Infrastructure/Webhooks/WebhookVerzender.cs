using System.Diagnostics;
using System.Globalization;
using System.Text;
using StandardWebhooks;

namespace PassendOnderwijs.Infrastructure.Webhooks;

/// <summary>
/// One attempt: POSTs the CloudEvent signed per Standard Webhooks with every valid secret (two during a rotation),
/// through the named HttpClient whose Polly pipeline holds the timeout and the circuit breaker per endpoint. A 2xx
/// is delivered; anything else, a timeout, an open circuit or a refused address is a failed attempt.
/// </summary>
internal sealed class WebhookVerzender(IHttpClientFactory clients)
{
    public const string ClientNaam = "webhooks";

    public async Task<Afleverresultaat> VerstuurAsync(
        string url, string webhookId, string inhoud, IReadOnlyList<string> geheimen, CancellationToken ct)
    {
        // The receiver compares webhook-timestamp with its own clock (replay protection): the wall clock, whatever the
        // domain clock says.
        var tijdstip = TimeProvider.System.GetUtcNow();
        var lijst = geheimen.Select(g => new StandardWebhook(g).Sign(webhookId, tijdstip, inhoud)).ToList();
        // During a rotation the first signature comes again at the end: the verifier of StandardWebhooks 1.1.2 (what a
        // .NET receiver likely uses) stops before the last entry of a list, so with two it would check only the first.
        var handtekeningen = string.Join(' ', lijst.Count > 1 ? [.. lijst, lijst[0]] : lijst);
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(inhoud, Encoding.UTF8, CloudEventBericht.Mediatype),
        };
        verzoek.Headers.Add("webhook-id", webhookId);
        verzoek.Headers.Add("webhook-timestamp", tijdstip.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        verzoek.Headers.Add("webhook-signature", handtekeningen);

        var stopwatch = Stopwatch.StartNew();
        try
        {
            using var antwoord = await clients.CreateClient(ClientNaam).SendAsync(verzoek, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
            var status = (int)antwoord.StatusCode;
            return new Afleverresultaat(antwoord.IsSuccessStatusCode, status, antwoord.IsSuccessStatusCode ? null : $"HTTP {status}", Duur(stopwatch));
        }
#pragma warning disable CA1031 // Matched by name: Polly 7 (through another package) and Polly 8 both define these types.
        catch (Exception fout) when (fout.GetType().FullName == "Polly.Timeout.TimeoutRejectedException")
        {
            return new Afleverresultaat(false, null, "Geen antwoord binnen de tijdslimiet.", Duur(stopwatch));
        }
        catch (Exception fout) when (fout.GetType().FullName is "Polly.CircuitBreaker.BrokenCircuitException" or "Polly.CircuitBreaker.IsolatedCircuitException")
        {
            return new Afleverresultaat(false, null, "Niet geprobeerd: te veel mislukte pogingen naar dit adres kort na elkaar (circuit open).", Duur(stopwatch));
        }
#pragma warning restore CA1031
        catch (HttpRequestException fout) when (fout.GetBaseException() is WebhookAdresGeweigerdException geweigerd)
        {
            return new Afleverresultaat(false, null, "Adres geweigerd: " + geweigerd.Message, Duur(stopwatch));
        }
        catch (HttpRequestException fout)
        {
            return new Afleverresultaat(false, null, "Verbinding mislukt: " + fout.Message, Duur(stopwatch));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new Afleverresultaat(false, null, "Geen antwoord binnen de tijdslimiet.", Duur(stopwatch));
        }
    }

    private static int Duur(Stopwatch stopwatch) => (int)Math.Min(int.MaxValue, stopwatch.ElapsedMilliseconds);
}

/// <summary>How one attempt went.</summary>
internal sealed record Afleverresultaat(bool Gelukt, int? Statuscode, string? Fout, int DuurMs);
