using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Termijnen;

/// <summary>
/// The deadline engine's watch: moves the open terms whose signal day came to nadert and those whose last day passed to
/// verlopen, one batch per transaction. The events this raises go to the outbox in that same transaction. Safe with
/// several API instances: a batch is claimed with FOR UPDATE SKIP LOCKED and leaves the batch's phase changed when it
/// commits, so no other instance sees those terms due again and each signal is given once. The background loop
/// (<see cref="TermijnBewakingsdienst"/>) calls this; tests call it directly with a fixed clock.
/// </summary>
public sealed class TermijnBewaker(IServiceScopeFactory scopes, IOptions<TermijnOpties> opties, TimeProvider klok)
{
    /// <summary>Handles at most one batch of due terms; returns how many it moved.</summary>
    public async Task<int> BewaakBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var nu = klok.GetUtcNow();
        var vandaag = NederlandseTijd.Vandaag(klok);

        // The two conditions match the two partial indexes (TermijnConfiguration) and Termijn.Bewaak.
        var termijnen = await db.Termijnen.FromSql($"""
            SELECT t.* FROM termijn t
            WHERE (t.fase = 'lopend' AND t.signaal_op <= {vandaag})
               OR (t.fase IN ('lopend', 'nadert') AND t.uiterlijk < {vandaag})
            ORDER BY t.uiterlijk, t.id
            LIMIT {opties.Value.BatchGrootte}
            FOR UPDATE SKIP LOCKED
            """).IgnoreQueryFilters().ToListAsync(cancellationToken).ConfigureAwait(false);

        var bewogen = termijnen.Count(t => t.Bewaak(vandaag, nu));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transactie.CommitAsync(cancellationToken).ConfigureAwait(false);
        return bewogen;
    }

    /// <summary>Handles batches until nothing is due; returns how many terms moved in all.</summary>
    public async Task<int> BewaakAllesAsync(CancellationToken cancellationToken)
    {
        var totaal = 0;
        int batch;
        do
        {
            batch = await BewaakBatchAsync(cancellationToken).ConfigureAwait(false);
            totaal += batch;
        }
        while (batch > 0);

        return totaal;
    }
}
