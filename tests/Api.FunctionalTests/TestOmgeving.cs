using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Infrastructure.Identiteit;
using PassendOnderwijs.Infrastructure.ReferenceData;
using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Api.FunctionalTests;

/// <summary>One API host and one migrated database for the whole run; every test starts from the reference data only.</summary>
[SetUpFixture]
public sealed class TestOmgeving
{
    private static DatabaseHerstel? _database;
    private static ApiFabriek? _fabriek;

    public static ApiFabriek Fabriek => _fabriek ?? throw new InvalidOperationException("Not set up.");

    public static DatabaseHerstel Database => _database ?? throw new InvalidOperationException("Not set up.");

    /// <summary>The key folder of the test host, so a second host with other settings honours the same tokens.</summary>
    public static string SleutelMap { get; } = Directory.CreateTempSubdirectory("po-test-sleutels-").FullName;

    [OneTimeSetUp]
    public async Task ZetOpAsync()
    {
        _database = await DatabaseHerstel.MaakAsync("passendonderwijs_test_api");
        _fabriek = new ApiFabriek(_database.Verbinding, instellingen: new Dictionary<string, string> { ["Auth:SleutelMap"] = SleutelMap });
        _ = _fabriek.Server;
    }

    [OneTimeTearDown]
    public async Task RuimOpAsync()
    {
        if (_fabriek is not null)
        {
            await _fabriek.DisposeAsync();
        }

        await TestDatabase.StopAsync();
        Directory.Delete(SleutelMap, recursive: true);
    }

    public static async Task HerstelAsync()
    {
        await Database.LeegAsync();
        await ReferentiedataLader.LaadAsync(Fabriek.Services, CancellationToken.None);
        await SpaClient.ZorgVoorAsync(Fabriek.Services, Fabriek.Services.GetRequiredService<IConfiguration>(), CancellationToken.None);
    }
}
