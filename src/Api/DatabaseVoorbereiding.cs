using PassendOnderwijs.Infrastructure.Demo;
using PassendOnderwijs.Infrastructure.Identiteit;
using PassendOnderwijs.Infrastructure.Persistence;
using PassendOnderwijs.Infrastructure.ReferenceData;

namespace PassendOnderwijs.Api;

internal static partial class DatabaseVoorbereiding
{
    /// <summary>
    /// Brings the database up to the current migration and loads the official reference data, before the API
    /// takes requests. A deployment that migrates separately sets Database:MigreerBijStart to false.
    /// </summary>
    public static async Task BereidDatabaseVoorAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Database:MigreerBijStart", defaultValue: true))
        {
            return;
        }

        using var afbreken = CancellationTokenSource.CreateLinkedTokenSource(app.Lifetime.ApplicationStopping);
        afbreken.CancelAfter(TimeSpan.FromMinutes(5));
        await DatabaseMigrator.MigreerAsync(app.Services, afbreken.Token).ConfigureAwait(false);
        await ReferentiedataLader.LaadAsync(app.Services, afbreken.Token).ConfigureAwait(false);
        await SpaClient.ZorgVoorAsync(app.Services, app.Configuration, afbreken.Token).ConfigureAwait(false);
        await DemoGegevens.LaadAsync(app.Services, app.Configuration, afbreken.Token).ConfigureAwait(false);

        if (await ApplicatieRol.WaaromTeMachtigAsync(app.Services, afbreken.Token).ConfigureAwait(false) is { } reden)
        {
            MeldTeMachtigeRol(app.Logger, reden, DatabaseConfiguratie.EigenaarVariabele);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The application's database connection could undo the audit log: {Reden}. Serve requests with a role that owns nothing and migrate with the owner's connection in {Eigenaar} (README, Running it)")]
    private static partial void MeldTeMachtigeRol(ILogger logger, string reden, string eigenaar);
}
