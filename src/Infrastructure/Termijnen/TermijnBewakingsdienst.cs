using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PassendOnderwijs.Infrastructure.Termijnen;

/// <summary>
/// The watch's background loop: first, once, <see cref="TermijnInhaalslag"/> for cases without runs; then
/// <see cref="TermijnBewaker"/> until nothing is due, then waits the interval. Only
/// with <c>Termijnen:Aan</c> (default on); test hosts switch it off and drive the watch themselves.
/// </summary>
internal sealed partial class TermijnBewakingsdienst(
    TermijnBewaker bewaker, TermijnInhaalslag inhaalslag, IOptions<TermijnOpties> opties, ILogger<TermijnBewakingsdienst> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var wekker = new PeriodicTimer(opties.Value.Interval);
        var ingehaald = false;
        do
        {
            try
            {
                if (!ingehaald)
                {
                    var geopend = await inhaalslag.HaalInAsync(stoppingToken).ConfigureAwait(false);
                    LogIngehaald(log, geopend);
                    ingehaald = true;
                }

                await bewaker.BewaakAllesAsync(stoppingToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // The database may be away for a moment; the loop must outlive that and try again.
            catch (Exception fout) when (fout is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogMislukt(log, fout);
            }
        }
        while (await wekker.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The deadline engine opened {Aantal} runs for cases that had none")]
    private static partial void LogIngehaald(ILogger log, int aantal);

    [LoggerMessage(Level = LogLevel.Error, Message = "The deadline watch failed; trying again after the interval")]
    private static partial void LogMislukt(ILogger log, Exception fout);
}
