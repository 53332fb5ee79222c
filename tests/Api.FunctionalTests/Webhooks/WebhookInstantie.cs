using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PassendOnderwijs.Api.FunctionalTests.Outbox;
using PassendOnderwijs.Infrastructure.Outbox;
using PassendOnderwijs.Infrastructure.Persistence;
using PassendOnderwijs.Infrastructure.Webhooks;

namespace PassendOnderwijs.Api.FunctionalTests.Webhooks;

/// <summary>
/// A second API instance on the same database that runs the outbox and the webhook delivery, driven by the test round
/// by round with a movable clock (no sleeps, no background loops). A 1 s timeout per attempt.
/// </summary>
public sealed class WebhookInstantie : IAsyncDisposable
{
    private readonly ApiFabriek _fabriek;

    public WebhookInstantie()
    {
        _fabriek = new ApiFabriek(
            TestOmgeving.Database.Verbinding,
            services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Klok);
            },
            new Dictionary<string, string>
            {
                // The run's own key folder: the secrets the run's host protected are read here, as on a second server.
                ["Database:MigreerBijStart"] = "false",
                ["Auth:SleutelMap"] = TestOmgeving.SleutelMap,
                ["Webhooks:Timeout"] = "00:00:01",
                ["Webhooks:EersteWachttijd"] = "00:00:30",
                ["Webhooks:BatchGrootte"] = "5",
            });
        _ = _fabriek.Server;
    }

    public VerschuifbareKlok Klok { get; } = new();

    public IServiceProvider Services => _fabriek.Services;

    /// <summary>A delivery round of its own, as a second instance would have.</summary>
    public WebhookBezorger NieuweBezorger() => ActivatorUtilities.CreateInstance<WebhookBezorger>(_fabriek.Services);

    /// <summary>Turns the committed events into notificaties and afleveringen.</summary>
    public async Task VerwerkOutboxAsync()
    {
        var verwerker = _fabriek.Services.GetRequiredService<OutboxVerwerker>();
        while (await verwerker.VerwerkBatchAsync(CancellationToken.None) > 0)
        {
        }
    }

    /// <summary>Delivers round after round until nothing is due now.</summary>
    public async Task BezorgAllesAsync()
    {
        var bezorger = _fabriek.Services.GetRequiredService<WebhookBezorger>();
        while (await bezorger.BezorgBatchAsync(CancellationToken.None) > 0)
        {
        }
    }

    public async Task<T> LeesAsync<T>(Func<PassendOnderwijsDbContext, Task<T>> lees)
    {
        await using var scope = _fabriek.Services.CreateAsyncScope();
        return await lees(scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>());
    }

    public async ValueTask DisposeAsync() => await _fabriek.DisposeAsync();
}
