using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Infrastructure.Identiteit;
using PassendOnderwijs.Infrastructure.ReferenceData;
using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Api.FunctionalTests;

/// <summary>
/// One API host and one migrated database for the whole run; every test starts from the reference data only.
/// ./test.sh runs this suite as two runs at once, each with a part of the tests: a run with PASSENDONDERWIJS_TEST_DEEL
/// set gets a database of its own for that part, so the runs never empty each other's data.
/// </summary>
[SetUpFixture]
public sealed class TestOmgeving
{
    public const string DeelVariabele = "PASSENDONDERWIJS_TEST_DEEL";

    private static DatabaseHerstel? _database;
    private static ApiFabriek? _fabriek;

    public static ApiFabriek Fabriek => _fabriek ?? throw new InvalidOperationException("Not set up.");

    public static DatabaseHerstel Database => _database ?? throw new InvalidOperationException("Not set up.");

    /// <summary>The key folder of the test host, so a second host with other settings honours the same tokens.</summary>
    public static string SleutelMap { get; } = Directory.CreateTempSubdirectory("po-test-sleutels-").FullName;

    [OneTimeSetUp]
    public async Task ZetOpAsync()
    {
        _database = await DatabaseHerstel.MaakAsync(DatabaseNaam());
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

    private static string DatabaseNaam()
    {
        var deel = Environment.GetEnvironmentVariable(DeelVariabele);
        if (string.IsNullOrEmpty(deel))
        {
            return "passendonderwijs_test_api";
        }

        // It becomes part of a database and role name: a short lower-case word or number, nothing to quote.
        if (deel.Length > 8 || !deel.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)))
        {
            throw new InvalidOperationException($"{DeelVariabele} is at most 8 lower-case letters or digits, not '{deel}'.");
        }

        return "passendonderwijs_test_api_" + deel;
    }

    public static async Task HerstelAsync()
    {
        await Database.LeegAsync();
        await ReferentiedataLader.LaadAsync(Fabriek.Services, CancellationToken.None);
        await SpaClient.ZorgVoorAsync(Fabriek.Services, Fabriek.Services.GetRequiredService<IConfiguration>(), CancellationToken.None);
    }
}
