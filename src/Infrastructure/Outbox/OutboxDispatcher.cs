using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Infrastructure.Achtergrond;

namespace PassendOnderwijs.Infrastructure.Outbox;

/// <summary>
/// The background loop: delivers batches while there is work, then waits until a new event is committed (NOTIFY, see
/// <see cref="Wekdienst"/>) or the poll interval passed. Only runs with
/// <c>Outbox:Aan</c> (default on); test hosts switch it off and drive <see cref="OutboxVerwerker"/> themselves.
/// </summary>
internal sealed class OutboxDispatcher(OutboxVerwerker verwerker, IOptions<OutboxOpties> opties, Wekkers wekkers, ILogger<OutboxDispatcher> log)
    : Herhaallus(opties.Value.PollInterval, log, wekkers.Outbox)
{
    protected override string Naam => "Outbox dispatch";

    /// <summary>More may be waiting after a full batch: a batch only holds the first undelivered event of each aggregate.</summary>
    protected override async Task<bool> RondeAsync(CancellationToken stoppingToken) =>
        await verwerker.VerwerkBatchAsync(stoppingToken).ConfigureAwait(false) > 0;
}
