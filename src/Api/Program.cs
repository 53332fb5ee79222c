using PassendOnderwijs.Api;
using PassendOnderwijs.Api.Telemetrie;
using PassendOnderwijs.Application;
using PassendOnderwijs.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddTelemetrie();
builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration)
    .AddApi(builder.Configuration);

var app = builder.Build();
await app.BereidDatabaseVoorAsync().ConfigureAwait(false);
app.GebruikApiPijplijn();
await app.RunAsync().ConfigureAwait(false);

/// <summary>Entry point; public so the functional tests can host the API with WebApplicationFactory.</summary>
public partial class Program;
