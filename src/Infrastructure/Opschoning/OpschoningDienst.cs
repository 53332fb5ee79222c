using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Infrastructure.Achtergrond;

namespace PassendOnderwijs.Infrastructure.Opschoning;

/// <summary>
/// The clean-up's background loop: <see cref="Opschoner"/> batch after batch while rows go, then the interval. Only
/// with <c>Opschoning:Aan</c> (default on, on every instance); test hosts switch it off and drive the clean-up themselves.
/// </summary>
internal sealed class OpschoningDienst(Opschoner opschoner, IOptions<OpschoningOpties> opties, ILogger<OpschoningDienst> log)
    : Herhaallus(opties.Value.Interval, log)
{
    protected override string Naam => "The clean-up";

    protected override async Task<bool> RondeAsync(CancellationToken stoppingToken) =>
        await opschoner.SchoonBatchAsync(stoppingToken).ConfigureAwait(false) > 0;
}
