using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PassendOnderwijs.Application.Expertises.Commands.LaadExpertiseWaardelijst;

namespace PassendOnderwijs.Infrastructure.ReferenceData;

/// <summary>
/// Loads the official reference data (not demo data) through the same commands a person would use, so the
/// aggregates' rules and the transaction pipeline apply. Idempotent: safe at every start.
/// </summary>
public static partial class ReferentiedataLader
{
    public static async Task LaadAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ReferentiedataLader));

        foreach (var versie in RioExpertiseWaardelijst.Versies)
        {
            var uitkomst = await sender.Send(new LaadExpertiseWaardelijstCommand(versie.Lees()), cancellationToken).ConfigureAwait(false);
            if (!uitkomst.Lukt(out var gepubliceerd))
            {
                var fouten = string.Join("; ", uitkomst.Fouten.Select(f => f.Melding));
                throw new InvalidOperationException($"Reference data for {versie.GeldigVanaf} was refused: {fouten}");
            }

            if (gepubliceerd.Nieuw)
            {
                LogGepubliceerd(logger, gepubliceerd.GeldigVanaf, gepubliceerd.AantalExpertises);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Expertise waardelijst {GeldigVanaf} published with {Aantal} expertises")]
    private static partial void LogGepubliceerd(ILogger logger, string geldigVanaf, int aantal);
}
