using PassendOnderwijs.Api;
using PassendOnderwijs.Api.Beheer;
using PassendOnderwijs.Api.Telemetrie;
using PassendOnderwijs.Application;
using PassendOnderwijs.Infrastructure;

// "beheer …" runs a management command with the API's own configuration instead of serving requests.
var beheer = BeheerOpdracht.Lees(args);
var builder = WebApplication.CreateBuilder(beheer is null ? args : []);
if (beheer is not null)
{
    // The command's own output is what its user reads (and a script may capture): only warnings and errors are
    // logged, and to standard error.
    builder.Configuration.AddInMemoryCollection([new("Logging:LogLevel:Default", "Warning")]);
    builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
}

builder.AddTelemetrie();
builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration)
    .AddApi(builder.Configuration);

var app = builder.Build();
await app.BereidDatabaseVoorAsync().ConfigureAwait(false);
if (beheer is not null)
{
    return await BeheerOpdracht.VoerUitAsync(
        app.Services, beheer, app.Configuration["PubliekeUrl"] ?? "/", Console.Out, Console.Error, app.Lifetime.ApplicationStopping).ConfigureAwait(false);
}

app.GebruikApiPijplijn();
await app.RunAsync().ConfigureAwait(false);
return 0;

/// <summary>Entry point; public so the functional tests can host the API with WebApplicationFactory.</summary>
public partial class Program;
