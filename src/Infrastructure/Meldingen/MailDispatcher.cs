using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Application.Meldingen;
using PassendOnderwijs.Infrastructure.Achtergrond;

namespace PassendOnderwijs.Infrastructure.Meldingen;

/// <summary>
/// The background loop of <see cref="MailVerzender"/>: sends while there is mail, then waits the poll interval. Runs
/// only with <c>Email:Aan</c>; test hosts drive the sender themselves. A mail server away for a moment is retried.
/// </summary>
internal sealed class MailDispatcher(MailVerzender verzender, IOptions<Emailinstellingen> opties, ILogger<MailDispatcher> log)
    : Herhaallus(opties.Value.PollInterval, log)
{
    protected override string Naam => "Sending notification mail";

    protected override async Task<bool> RondeAsync(CancellationToken stoppingToken) =>
        await verzender.VerzendBatchAsync(stoppingToken).ConfigureAwait(false) > 0;
}
