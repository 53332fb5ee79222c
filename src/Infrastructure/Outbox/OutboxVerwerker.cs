using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Outbox;

/// <summary>
/// Delivers committed domain events to their consumers, one batch per call, in one transaction per batch. Safe with
/// several API instances: a batch is claimed with FOR UPDATE SKIP LOCKED, so two dispatchers never hold the same
/// event. Per aggregate it keeps order: an event is only claimed when no earlier event of its aggregate is still
/// undelivered (also not one that failed for good). The background loop (<see cref="OutboxDispatcher"/>) calls this;
/// tests call it directly.
/// </summary>
public sealed partial class OutboxVerwerker(
    IServiceScopeFactory scopes, IOptions<OutboxOpties> opties, TimeProvider klok, ILogger<OutboxVerwerker> log)
{
    private const string Savepoint = "consument";

    /// <summary>Claims and delivers at most one batch; returns how many events it handled (delivered, or failed and rescheduled).</summary>
    public async Task<int> VerwerkBatchAsync(CancellationToken cancellationToken)
    {
        var instellingen = opties.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var nu = klok.GetUtcNow();

        var berichten = await db.OutboxBerichten.FromSql($"""
            SELECT o.* FROM outbox_bericht o
            WHERE o.verwerkt_op IS NULL AND o.mislukt_op IS NULL AND o.volgende_poging_op <= {nu}
              AND NOT EXISTS (
                  SELECT 1 FROM outbox_bericht eerder
                  WHERE eerder.aggregaat_type = o.aggregaat_type AND eerder.aggregaat_id = o.aggregaat_id
                    AND eerder.volgnummer < o.volgnummer AND eerder.verwerkt_op IS NULL)
            ORDER BY o.volgnummer
            LIMIT {instellingen.BatchGrootte}
            FOR UPDATE SKIP LOCKED
            """).AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);

        // On shutdown the batch stops between events and keeps what was delivered: the bookkeeping after a consumer
        // ran is not cancelled, so a stop does not cause needless redeliveries. A consumer that gives up on the token
        // aborts the whole batch instead (rolled back, delivered again later), like a crash would.
        var klaar = 0;
        foreach (var bericht in berichten.TakeWhile(_ => !cancellationToken.IsCancellationRequested))
        {
            var fout = await BezorgAsync(scope.ServiceProvider, db, transactie, bericht, nu, cancellationToken).ConfigureAwait(false);
            if (fout is null)
            {
                await db.OutboxBerichten.Where(b => b.Id == bericht.Id)
                    .ExecuteUpdateAsync(b => b.SetProperty(x => x.VerwerktOp, nu), CancellationToken.None).ConfigureAwait(false);
            }
            else
            {
                await LegFoutVastAsync(db, bericht, fout, nu, instellingen).ConfigureAwait(false);
            }

            klaar++;
        }

        await transactie.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        return klaar;
    }

    /// <summary>Hands the event to every consumer that has not handled it yet; returns the first failure, if any.</summary>
    private async Task<string?> BezorgAsync(
        IServiceProvider services, PassendOnderwijsDbContext db, IDbContextTransaction transactie, OutboxBericht bericht, DateTimeOffset nu, CancellationToken ct)
    {
        var soort = GebeurtenisSoorten.Zoek(bericht.Soort);
        if (soort is null)
        {
            return $"Unknown event type '{bericht.Soort}'.";
        }

        var consumenten = Consumenten.Voor(soort, services);
        if (consumenten.Count == 0)
        {
            return null;
        }

        foreach (var consument in consumenten)
        {
            var naam = consument.Naam;
            if (await db.VerwerkteGebeurtenissen.AnyAsync(v => v.Consument == naam && v.GebeurtenisId == bericht.Id, ct).ConfigureAwait(false))
            {
                continue;
            }

            // A savepoint per consumer: a failing consumer's changes are undone without undoing the rest of the batch.
            await transactie.CreateSavepointAsync(Savepoint, ct).ConfigureAwait(false);
            try
            {
                await consument.ConsumeAsync(GebeurtenisSoorten.Lees(soort, bericht.Inhoud), ct).ConfigureAwait(false);
                db.VerwerkteGebeurtenissen.Add(new VerwerkteGebeurtenis { Consument = naam, GebeurtenisId = bericht.Id, VerwerktOp = nu });
                await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
                await transactie.ReleaseSavepointAsync(Savepoint, CancellationToken.None).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // A consumer's failure, whatever it is, must not stop the delivery of other events; it is recorded and retried.
            catch (Exception fout) when (fout is not OperationCanceledException || !ct.IsCancellationRequested)
#pragma warning restore CA1031
            {
                await transactie.RollbackToSavepointAsync(Savepoint, CancellationToken.None).ConfigureAwait(false);
                db.ChangeTracker.Clear();
                LogConsumentFout(log, fout, bericht.Id, bericht.Soort, naam, bericht.Pogingen + 1);
                return $"{naam}: {fout.GetType().FullName}: {fout.Message}";
            }
        }

        return null;
    }

    private async Task LegFoutVastAsync(PassendOnderwijsDbContext db, OutboxBericht bericht, string fout, DateTimeOffset nu, OutboxOpties instellingen)
    {
        var pogingen = bericht.Pogingen + 1;
        var opgegeven = pogingen >= instellingen.MaximumPogingen;
        var tekst = fout.Length > OutboxBericht.MaximaleLengteFout ? fout[..OutboxBericht.MaximaleLengteFout] : fout;
        await db.OutboxBerichten.Where(b => b.Id == bericht.Id)
            .ExecuteUpdateAsync(
                b => b.SetProperty(x => x.Pogingen, pogingen)
                    .SetProperty(x => x.LaatsteFout, tekst)
                    .SetProperty(x => x.VolgendePogingOp, nu + instellingen.Wachttijd(pogingen))
                    .SetProperty(x => x.MisluktOp, opgegeven ? nu : null),
                CancellationToken.None).ConfigureAwait(false);
        if (opgegeven)
        {
            LogOpgegeven(log, bericht.Id, bericht.Soort, bericht.AggregaatType, bericht.AggregaatId, pogingen, tekst);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox event {GebeurtenisId} ({Soort}) failed in consumer {Consument}, attempt {Poging}")]
    private static partial void LogConsumentFout(ILogger log, Exception fout, Guid gebeurtenisId, string soort, string consument, int poging);

    [LoggerMessage(Level = LogLevel.Error, Message =
        "Outbox event {GebeurtenisId} ({Soort}) of {AggregaatType} {AggregaatId} failed {Pogingen} times and is given up; later events of this aggregate wait until it is retried by hand. Last error: {Fout}")]
    private static partial void LogOpgegeven(ILogger log, Guid gebeurtenisId, string soort, string aggregaatType, string aggregaatId, int pogingen, string fout);
}
