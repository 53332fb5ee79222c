using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Gebeurtenissen;
using PassendOnderwijs.Domain.Arrangementen.Gebeurtenissen;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Api.FunctionalTests.Outbox;

/// <summary>
/// A consumer whose state is deliberately not idempotent: every delivery it handles adds a row to test_ontvangst.
/// So a duplicate delivery shows as a second row, and the rows' order is the order of delivery. The plan lets a test
/// make it fail.
/// </summary>
public sealed class TestOntvanger(PassendOnderwijsDbContext db, TestOntvangstPlan plan) : IDomainEventConsumer<ArrangementGebeurtenis>
{
    public const string MaakTabel =
        "CREATE TABLE IF NOT EXISTS test_ontvangst (nummer bigserial PRIMARY KEY, arrangement_id uuid NOT NULL, soort text NOT NULL)";

    public async Task ConsumeAsync(ArrangementGebeurtenis domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        Interlocked.Increment(ref plan.Aanroepen);
        var soort = domainEvent.GetType().Name;
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO test_ontvangst (arrangement_id, soort) VALUES ({domainEvent.ArrangementId}, {soort})", cancellationToken);

        // After the write, so a failure must undo it for the state to stay exactly once.
        if (plan.Fout(domainEvent) is { } fout)
        {
            throw fout;
        }
    }
}

/// <summary>What the test consumer should do; reset before every test.</summary>
public sealed class TestOntvangstPlan
{
#pragma warning disable CA1051 // A counter that Interlocked updates.
    public int Aanroepen;
#pragma warning restore CA1051

    public Func<ArrangementGebeurtenis, Exception?> Fout { get; set; } = _ => null;

    public void Herstel()
    {
        Aanroepen = 0;
        Fout = _ => null;
    }
}
