using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Application;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Infrastructure;
using PassendOnderwijs.Infrastructure.Persistence;
using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Application.IntegrationTests;

/// <summary>
/// The application layer wired exactly as the API wires it (Mediator pipeline, validators, AutoMapper, EF Core on
/// real PostgreSQL), without HTTP. The database is migrated once per run and emptied before every test.
/// </summary>
[SetUpFixture]
public sealed class TestOmgeving
{
    private static DatabaseHerstel? _database;
    private static ServiceProvider? _services;

    public static IServiceProvider Services => _services ?? throw new InvalidOperationException("Not set up.");

    public static DatabaseHerstel Database => _database ?? throw new InvalidOperationException("Not set up.");

    [OneTimeSetUp]
    public async Task ZetOpAsync()
    {
        _database = await DatabaseHerstel.MaakAsync("passendonderwijs_test_application");
        var configuratie = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [DatabaseConfiguratie.OmgevingsVariabele] = _database.Verbinding })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddApplication()
            .AddInfrastructure(configuratie);
        services.AddSingleton<TimeProvider>(new VasteKlok());
        services.AddScoped<TestAanroeper>();
        services.AddScoped<IHuidigeGebruiker>(sp => sp.GetRequiredService<TestAanroeper>());
        services.AddScoped<IVerzoekContext, TestVerzoek>();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    [OneTimeTearDown]
    public async Task RuimOpAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await TestDatabase.StopAsync();
    }
}
