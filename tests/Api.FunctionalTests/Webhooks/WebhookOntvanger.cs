using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PassendOnderwijs.Api.FunctionalTests.Http;

namespace PassendOnderwijs.Api.FunctionalTests.Webhooks;

/// <summary>
/// A webhook receiver inside the tests: Kestrel on 127.0.0.1 at a free port. It keeps every request it got and
/// answers as the test says: a status per request (200 by default), or no answer until the caller gives up.
/// </summary>
public sealed class WebhookOntvanger : IAsyncDisposable
{
    private WebApplication _app = null!;
    private readonly ConcurrentQueue<Func<int?>> _antwoorden = new();

    private WebhookOntvanger()
    {
    }

    private readonly ConcurrentDictionary<string, int?> _gericht = new(StringComparer.Ordinal);

    public ConcurrentQueue<Ontvangen> Verzoeken { get; } = new();

    public string Url { get; private set; } = string.Empty;

    public static async Task<WebhookOntvanger> StartAsync()
    {
        var ontvanger = new WebhookOntvanger();
        (ontvanger._app, var adres) = await LokaleServer.StartAsync(app => app.MapPost("/webhook", ontvanger.OntvangAsync));
        ontvanger.Url = adres + "/webhook";
        return ontvanger;
    }

    /// <summary>The next requests get these statuses, in order; null: no answer at all (the sender's timeout).</summary>
    public void AntwoordMet(params int?[] statussen)
    {
        foreach (var status in statussen)
        {
            _antwoorden.Enqueue(() => status);
        }
    }

    /// <summary>
    /// The next request whose body contains <paramref name="inhoud"/> (a resource id) gets this status, whatever the
    /// order of arrival: a round sends its afleveringen at once, so "the next request" alone is a race.
    /// </summary>
    public void AntwoordVoor(string inhoud, int? status) => _gericht[inhoud] = status;

    public void Herstel()
    {
        _gericht.Clear();
        _antwoorden.Clear();
        Verzoeken.Clear();
    }

    private async Task OntvangAsync(HttpContext http)
    {
        using var lezer = new StreamReader(http.Request.Body);
        var inhoud = await lezer.ReadToEndAsync(http.RequestAborted);
        var headers = new HeaderDictionary(http.Request.Headers.ToDictionary(h => h.Key, h => h.Value));
        Verzoeken.Enqueue(new Ontvangen(inhoud, headers, http.Request.ContentType));
        var gericht = _gericht.Keys.FirstOrDefault(k => inhoud.Contains(k, StringComparison.Ordinal));
        var status = gericht is not null && _gericht.TryRemove(gericht, out var bepaald) ? bepaald
            : _antwoorden.TryDequeue(out var antwoord) ? antwoord() : 200;
        if (status is null)
        {
            // Never answers: the sender's timeout (1 s in these tests) ends the attempt and closes the connection.
            await Task.Delay(Timeout.Infinite, http.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        http.Response.StatusCode = status.Value;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request as received: the body as sent (what the signature covers) and the headers.</summary>
public sealed record Ontvangen(string Inhoud, IHeaderDictionary Headers, string? ContentType)
{
    public string WebhookId => Headers["webhook-id"].ToString();
}
