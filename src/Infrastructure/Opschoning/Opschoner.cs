using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Opschoning;

/// <summary>
/// Removes what only served its moment, so these tables do not grow without end: handled outbox events, finished
/// webhook afleveringen with their attempts, notificaties past the feed's window and read meldingen. Each kind is one
/// statement per batch, <c>DELETE … WHERE id IN (SELECT … LIMIT n FOR UPDATE SKIP LOCKED)</c>: instances running it
/// at once each take other rows (no double work, no waiting on each other), and a row another transaction holds (a
/// redelivery, a melding being read) is left for the next round. Pending rows never match. The audit log is never
/// cleaned. The background loop (<see cref="OpschoningDienst"/>) calls this; tests call it with a fixed clock.
/// </summary>
public sealed class Opschoner(IServiceScopeFactory scopes, IOptions<OpschoningOpties> opties, TimeProvider klok)
{
    /// <summary>One batch of every kind; returns how many rows went in all (more may be waiting when it is not 0).</summary>
    public async Task<int> SchoonBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();
        var o = opties.Value;
        var nu = klok.GetUtcNow();
        var n = o.BatchGrootte;

        var outboxGrens = nu - o.OutboxNa;
        var weg = await db.Database.ExecuteSqlAsync($"""
            DELETE FROM outbox_bericht WHERE id IN (
                SELECT id FROM outbox_bericht
                WHERE verwerkt_op IS NOT NULL AND verwerkt_op < {outboxGrens}
                LIMIT {n} FOR UPDATE SKIP LOCKED)
            """, cancellationToken).ConfigureAwait(false);

        // A consumer's record only matters while its event can be delivered again, so it goes once the event is gone.
        weg += await db.Database.ExecuteSqlAsync($"""
            DELETE FROM verwerkte_gebeurtenis WHERE ctid IN (
                SELECT v.ctid FROM verwerkte_gebeurtenis v
                WHERE v.verwerkt_op < {outboxGrens}
                  AND NOT EXISTS (SELECT 1 FROM outbox_bericht b WHERE b.id = v.gebeurtenis_id)
                LIMIT {n} FOR UPDATE SKIP LOCKED)
            """, cancellationToken).ConfigureAwait(false);

        // Delivered: from its delivery. Failed for good: from the start of its last 24 hours of attempts. The attempts
        // (the delivery log) go with their aflevering (ON DELETE CASCADE).
        var afleveringGrens = nu - o.AfleveringenNa;
        weg += await db.Database.ExecuteSqlAsync($"""
            DELETE FROM webhook_aflevering WHERE id IN (
                SELECT id FROM webhook_aflevering
                WHERE status <> 'Wachtend' AND coalesce(afgeleverd_op, herstart_op) < {afleveringGrens}
                LIMIT {n} FOR UPDATE SKIP LOCKED)
            """, cancellationToken).ConfigureAwait(false);

        // Notificaties past the feed's window, except those an aflevering still refers to. The same statement records,
        // per samenwerkingsverband, the highest change number removed: a feed token below it is answered with 410.
        var notificatieGrens = nu - o.NotificatiesNa;
        var notificaties = await db.Database.SqlQuery<int>($"""
            WITH weg AS (
                DELETE FROM koppeling_notificatie WHERE id IN (
                    SELECT n.id FROM koppeling_notificatie n
                    WHERE n.op < {notificatieGrens}
                      AND NOT EXISTS (SELECT 1 FROM webhook_aflevering a WHERE a.notificatie_id = n.id)
                    LIMIT {n} FOR UPDATE SKIP LOCKED)
                RETURNING samenwerkingsverband, versie),
            grens AS (
                INSERT INTO koppeling_notificatie_opschoning (samenwerkingsverband, tot_versie)
                SELECT samenwerkingsverband, max(versie) FROM weg GROUP BY samenwerkingsverband
                ON CONFLICT (samenwerkingsverband)
                DO UPDATE SET tot_versie = greatest(koppeling_notificatie_opschoning.tot_versie, excluded.tot_versie)
                RETURNING 1)
            SELECT count(*)::int AS "Value" FROM weg
            """).ToListAsync(cancellationToken).ConfigureAwait(false);
        weg += notificaties.Sum();

        var meldingGrens = nu - o.MeldingenNa;
        weg += await db.Database.ExecuteSqlAsync($"""
            DELETE FROM melding WHERE id IN (
                SELECT id FROM melding
                WHERE gelezen_op IS NOT NULL AND aangemaakt_op < {meldingGrens}
                LIMIT {n} FOR UPDATE SKIP LOCKED)
            """, cancellationToken).ConfigureAwait(false);
        return weg;
    }

    /// <summary>Batches until nothing (more) is old enough; returns how many rows went in all.</summary>
    public async Task<int> SchoonAllesAsync(CancellationToken cancellationToken)
    {
        var totaal = 0;
        int batch;
        do
        {
            batch = await SchoonBatchAsync(cancellationToken).ConfigureAwait(false);
            totaal += batch;
        }
        while (batch > 0);

        return totaal;
    }
}
