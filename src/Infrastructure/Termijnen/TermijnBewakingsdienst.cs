using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Infrastructure.Achtergrond;

namespace PassendOnderwijs.Infrastructure.Termijnen;

/// <summary>
/// The watch's background loop: first, once, <see cref="TermijnInhaalslag"/> for cases without runs; then
/// <see cref="TermijnBewaker"/> until nothing is due, then waits the interval. Only with <c>Termijnen:Aan</c> (default
/// on); test hosts switch it off and drive the watch themselves.
/// </summary>
internal sealed partial class TermijnBewakingsdienst(
    TermijnBewaker bewaker, TermijnInhaalslag inhaalslag, IOptions<TermijnOpties> opties, ILogger<TermijnBewakingsdienst> log)
    : Herhaallus(opties.Value.Interval, log)
{
    private bool _ingehaald;

    protected override string Naam => "The deadline watch";

    protected override async Task<bool> RondeAsync(CancellationToken stoppingToken)
    {
        if (!_ingehaald)
        {
            var geopend = await inhaalslag.HaalInAsync(stoppingToken).ConfigureAwait(false);
            LogIngehaald(log, geopend);
            _ingehaald = true;
        }

        return await bewaker.BewaakBatchAsync(stoppingToken).ConfigureAwait(false) > 0;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The deadline engine opened {Aantal} runs for cases that had none")]
    private static partial void LogIngehaald(ILogger log, int aantal);
}
