using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Gebeurtenissen;
using PassendOnderwijs.Domain.Arrangementen.Gebeurtenissen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Arrangementen.Tellingen;

/// <summary>
/// Keeps <see cref="ArrangementTelling"/> up to date: every arrangement event recounts its samenwerkingsverband from
/// the arrangementen themselves, rather than moving one from the old status to the new. A recount gives the same
/// answer however often it runs (redelivery is harmless even without the dispatcher's bookkeeping), in whatever
/// order events of different arrangementen arrive, and it repairs itself: an event that failed for good is made up
/// for by the next event of the same SWV. It costs one indexed GROUP BY over one SWV's arrangementen.
/// This is a system path across tenants (no caller), hence IgnoreQueryFilters.
/// </summary>
internal sealed class ArrangementTellingBijwerker(IApplicationDbContext db, TimeProvider klok) : IDomainEventConsumer<ArrangementGebeurtenis>
{
    public async Task ConsumeAsync(ArrangementGebeurtenis domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var swv = domainEvent.Samenwerkingsverband;
        var nu = klok.GetUtcNow();

        await ZorgVoorRijAsync(swv, cancellationToken).ConfigureAwait(false);

        // Lock this SWV's row before counting: a second dispatcher recounting the same SWV waits for this transaction
        // and then counts afresh, so an older count can never overwrite a newer one.
        await db.ArrangementTellingen.IgnoreQueryFilters()
            .Where(t => t.Samenwerkingsverband == swv)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.BijgewerktOp, nu), cancellationToken).ConfigureAwait(false);

        var aantallen = await db.Arrangementen.IgnoreQueryFilters()
            .Where(a => a.Samenwerkingsverband == swv)
            .GroupBy(a => a.Status)
            .Select(g => new { Status = g.Key, Aantal = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Aantal, cancellationToken).ConfigureAwait(false);

        var telling = await db.ArrangementTellingen.IgnoreQueryFilters()
            .SingleAsync(t => t.Samenwerkingsverband == swv, cancellationToken).ConfigureAwait(false);
        telling.Vervang(aantallen, nu);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The first event of an SWV creates its row. When two dispatchers try at once, the store makes the second wait
    /// for the first and then refuses its insert (rolled back to the save's own savepoint); the row exists either way.
    /// </summary>
    private async Task ZorgVoorRijAsync(SwvCode swv, CancellationToken ct)
    {
        if (await db.ArrangementTellingen.IgnoreQueryFilters().AnyAsync(t => t.Samenwerkingsverband == swv, ct).ConfigureAwait(false))
        {
            return;
        }

        var nieuw = db.ArrangementTellingen.Add(ArrangementTelling.Nieuw(swv));
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException fout) when (fout.IsUniekeSleutelGeschonden())
        {
            nieuw.State = EntityState.Detached;
        }
    }
}
