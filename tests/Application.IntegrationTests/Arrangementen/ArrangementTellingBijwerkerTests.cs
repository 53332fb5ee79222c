using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Application.Arrangementen.Tellingen;
using PassendOnderwijs.Application.Common.Gebeurtenissen;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Arrangementen.Gebeurtenissen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Infrastructure.Persistence;
using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Application.IntegrationTests.Arrangementen;

/// <summary>The counters' consumer when two dispatchers handle the first events of one samenwerkingsverband at once.</summary>
public class ArrangementTellingBijwerkerTests : IntegratieTest
{
    private static readonly SwvCode Swv = SwvCode.Parse("PO2705").Waarde;

    [Test]
    public async Task Two_dispatchers_creating_the_first_count_at_once_both_succeed_with_one_row()
    {
        await using var eerste = TestOmgeving.Services.CreateAsyncScope();
        await using var tweede = TestOmgeving.Services.CreateAsyncScope();
        var db1 = eerste.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();
        var db2 = tweede.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();
        await using var transactie1 = await db1.Database.BeginTransactionAsync();
        await using var transactie2 = await db2.Database.BeginTransactionAsync();

        // The first creates the row and holds it, uncommitted.
        await Consument(eerste).ConsumeAsync(Gebeurtenis(), CancellationToken.None);

        // The second does not see that row, tries to insert it too and has to wait for the first.
        var tweedeKlaar = Consument(tweede).ConsumeAsync(Gebeurtenis(), CancellationToken.None);
        await WachtOpVergrendelingAsync(tweedeKlaar);
        await transactie1.CommitAsync();

        await tweedeKlaar.WaitAsync(TimeSpan.FromMinutes(1));
        await transactie2.CommitAsync();

        var tellingen = await LeesAsync(db => db.ArrangementTellingen.IgnoreQueryFilters().ToListAsync());
        tellingen.ShouldHaveSingleItem().BijgewerktOp.ShouldBe(VasteKlok.Standaard);
    }

    private static ArrangementTellingBijwerker Consument(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetServices<IDomainEventConsumer<ArrangementGebeurtenis>>().OfType<ArrangementTellingBijwerker>().ShouldHaveSingleItem();

    private static ArrangementAangevraagd Gebeurtenis() => new(Guid.CreateVersion7(), Swv, ArrangementStatus.Aangevraagd, VasteKlok.Standaard);

    /// <summary>Until the store reports a session of this database waiting for a lock (the second insert), or the second finished.</summary>
    private static async Task WachtOpVergrendelingAsync(Task tweede)
    {
        using var grens = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!tweede.IsCompleted)
        {
            var wachtend = await LeesAsync(db => db.Database.SqlQuery<int>(
                $"SELECT count(*)::int AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")
                .SingleAsync(grens.Token));
            if (wachtend > 0)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), grens.Token);
        }

        Assert.Fail($"The second dispatcher did not wait for the first: {tweede.Exception?.GetBaseException().Message ?? "it finished"}.");
    }
}
