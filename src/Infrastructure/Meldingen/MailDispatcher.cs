using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Application.Meldingen;

namespace PassendOnderwijs.Infrastructure.Meldingen;

/// <summary>
/// The background loop of <see cref="MailVerzender"/>: sends while there is mail, then waits the poll interval. Runs
/// only with <c>Email:Aan</c>; test hosts drive the sender themselves.
/// </summary>
internal sealed partial class MailDispatcher(MailVerzender verzender, IOptions<Emailinstellingen> opties, ILogger<MailDispatcher> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var wekker = new PeriodicTimer(opties.Value.PollInterval);
        do
        {
            try
            {
                while (await verzender.VerzendBatchAsync(stoppingToken).ConfigureAwait(false) > 0)
                {
                    // More may be waiting.
                }
            }
#pragma warning disable CA1031 // The database or the mail server may be away for a moment; the loop must outlive that.
            catch (Exception fout) when (fout is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogMislukt(log, fout);
            }
        }
        while (await wekker.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending notification mail failed; trying again after the poll interval")]
    private static partial void LogMislukt(ILogger log, Exception fout);
}
