using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using PassendOnderwijs.Application.Common.Gebeurtenissen;
using PassendOnderwijs.Domain.Arrangementen.Gebeurtenissen;
using PassendOnderwijs.Infrastructure.Outbox;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Api.FunctionalTests.Outbox;

/// <summary>
/// A second API instance on the same database, as in production with several instances: this one delivers the
/// events the test host wrote. It has its own movable clock and, besides the real consumers, the test consumer.
/// </summary>
public sealed class OutboxInstantie : IAsyncDisposable
{
    public const int BatchGrootte = 3;
    public const int MaximumPogingen = 3;

    private readonly ApiFabriek _fabriek;

    /// <param name="achtergrond">Run the background dispatcher, which starts delivering as soon as the host is up.</param>
    /// <param name="fout">
    /// What the test consumer does with each event; set before the host starts, because a background dispatcher may
    /// deliver everything before the constructor returns.
    /// </param>
    /// <param name="pollInterval">The background loop's fallback interval (a NOTIFY wakes it earlier).</param>
    public OutboxInstantie(bool achtergrond = false, Func<ArrangementGebeurtenis, Exception?>? fout = null, string pollInterval = "00:00:00.200")
    {
        if (fout is not null)
        {
            Plan.Fout = fout;
        }

        _fabriek = new ApiFabriek(
            TestOmgeving.Database.Verbinding,
            services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Klok);
                services.AddSingleton(Plan);
                services.AddScoped<IDomainEventConsumer<ArrangementGebeurtenis>, TestOntvanger>();
            },
            new Dictionary<string, string>
            {
                ["Outbox:Aan"] = achtergrond ? "true" : "false",
                ["Outbox:PollInterval"] = pollInterval,
                ["Outbox:BatchGrootte"] = BatchGrootte.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Outbox:MaximumPogingen"] = MaximumPogingen.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Outbox:EersteWachttijd"] = "00:00:10",
            });
        _ = _fabriek.Server;
    }

    public VerschuifbareKlok Klok { get; } = new();

    public TestOntvangstPlan Plan { get; } = new();

    public OutboxVerwerker NieuweVerwerker() => ActivatorUtilities.CreateInstance<OutboxVerwerker>(_fabriek.Services);

    public OutboxVerwerker Verwerker => _fabriek.Services.GetRequiredService<OutboxVerwerker>();

    /// <summary>Delivers batch after batch until nothing is due.</summary>
    public async Task VerwerkAllesAsync()
    {
        while (await Verwerker.VerwerkBatchAsync(CancellationToken.None) > 0)
        {
        }
    }

    public async Task<T> LeesAsync<T>(Func<PassendOnderwijsDbContext, Task<T>> lees)
    {
        await using var scope = _fabriek.Services.CreateAsyncScope();
        return await lees(scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>());
    }

    /// <summary>What the test consumer's state holds: the events it handled, in the order it handled them.</summary>
    public static async Task<List<(Guid Arrangement, string Soort)>> OntvangenAsync()
    {
        await using var connectie = new NpgsqlConnection(TestOmgeving.Database.Verbinding);
        await connectie.OpenAsync();
        await using var opdracht = new NpgsqlCommand("SELECT arrangement_id, soort FROM test_ontvangst ORDER BY nummer", connectie);
        await using var lezer = await opdracht.ExecuteReaderAsync();
        var ontvangen = new List<(Guid, string)>();
        while (await lezer.ReadAsync())
        {
            ontvangen.Add((lezer.GetGuid(0), lezer.GetString(1)));
        }

        return ontvangen;
    }

    /// <summary>
    /// Made and emptied by the owner, as a migration would make it: the application role may neither create nor
    /// truncate a table; the owner's default privileges give it the rows.
    /// </summary>
    public static async Task MaakTestTabelLeegAsync()
    {
        await using var connectie = new NpgsqlConnection(TestOmgeving.Database.Eigenaar);
        await connectie.OpenAsync();
        await using var opdracht = new NpgsqlCommand($"{TestOntvanger.MaakTabel}; TRUNCATE test_ontvangst RESTART IDENTITY", connectie);
        await opdracht.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync() => await _fabriek.DisposeAsync();
}
