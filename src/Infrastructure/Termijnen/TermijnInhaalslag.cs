using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Domain.Aanmeldingen;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Termijnen;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Termijnen;

/// <summary>
/// Gives the cases that existed before the deadline engine (or whose events failed for good) their running terms: once
/// per start, before the first watch, every case in a state in which a term runs but that has no run at all is opened
/// from its facts, in batches by id. New cases never need it: the engine follows them through the outbox, so a case
/// with an event still waiting there is left to the engine. That also keeps the two apart: the outbox delivers a batch
/// of events in one transaction, and opening the same runs from both sides at once took their unique index's entries in
/// different orders, a deadlock at every start with fresh (demo) cases. A case whose event failed for good is caught up
/// here, even when later events of it wait behind the failed one. Two instances starting at once cannot open a run
/// twice (a unique index; the loser's batch is rolled back and found done on a later start).
/// </summary>
public sealed class TermijnInhaalslag(IServiceScopeFactory scopes, TimeProvider klok)
{
    private const int Batch = 500;

    /// <summary>Returns how many runs it opened.</summary>
    public async Task<int> HaalInAsync(CancellationToken cancellationToken)
    {
        var geopend = await HaalInAsync(
            Zaaksoort.Arrangement,
            db => db.Arrangementen,
            a => a.Status == ArrangementStatus.Aangevraagd || a.Status == ArrangementStatus.InBehandeling || a.Status == ArrangementStatus.Actief,
            a => (a.Samenwerkingsverband, a.Vestiging, Termijnentabel.Van(a)),
            cancellationToken).ConfigureAwait(false);
        geopend += await HaalInAsync(
            Zaaksoort.Toelaatbaarheidsverklaring,
            db => db.Toelaatbaarheidsverklaringen,
            t => t.Status != TlvStatus.Herroepen && t.Status != TlvStatus.Ingetrokken,
            t => (t.Samenwerkingsverband, t.Vestiging, Termijnentabel.Van(t)),
            cancellationToken).ConfigureAwait(false);
        geopend += await HaalInAsync(
            Zaaksoort.Ontwikkelingsperspectiefplan,
            db => db.Ontwikkelingsperspectiefplannen,
            o => o.Status != OppStatus.Afgesloten,
            o => (o.Samenwerkingsverband, o.Vestiging, Termijnentabel.Van(o)),
            cancellationToken).ConfigureAwait(false);
        geopend += await HaalInAsync(
            Zaaksoort.Thuiszitter,
            db => db.Thuiszitters,
            t => t.Status == Domain.Thuiszitters.ThuiszitterStatus.Open && t.Streefdatum != null,
            t => (t.Samenwerkingsverband, t.Vestiging, Termijnentabel.Van(t)),
            cancellationToken).ConfigureAwait(false);
        geopend += await HaalInAsync(
            Zaaksoort.Aanmelding,
            db => db.Aanmeldingen,
            a => a.Status == AanmeldingStatus.Ontvangen || a.Status == AanmeldingStatus.Verlengd,
            a => (a.Samenwerkingsverband, a.Vestiging, Termijnentabel.Van(a)),
            cancellationToken).ConfigureAwait(false);
        return geopend;
    }

    private async Task<int> HaalInAsync<TZaak>(
        Zaaksoort soort,
        Func<PassendOnderwijsDbContext, DbSet<TZaak>> zaken,
        Expression<Func<TZaak, bool>> lopend,
        Func<TZaak, (SwvCode Swv, VestigingCode Vestiging, IReadOnlyList<Termijnstand> Standen)> termijnen,
        CancellationToken ct)
        where TZaak : AggregateRoot<Guid>
    {
        var geopend = 0;
        var vanaf = Guid.Empty;
        var aggregaat = typeof(TZaak).Name;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();
            var batch = await zaken(db).IgnoreQueryFilters().AsNoTracking()
                .Where(lopend)
                .Where(z => z.Id.CompareTo(vanaf) > 0 && !db.Termijnen.IgnoreQueryFilters().Any(t => t.ZaakId == z.Id))
                .Where(z => !db.OutboxBerichten.Any(b => b.AggregaatType == aggregaat && b.AggregaatId == z.Id.ToString() && b.VerwerktOp == null && b.MisluktOp == null)
                    || db.OutboxBerichten.Any(b => b.AggregaatType == aggregaat && b.AggregaatId == z.Id.ToString() && b.MisluktOp != null))
                .OrderBy(z => z.Id).Take(Batch)
                .ToListAsync(ct).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                return geopend;
            }

            var nu = klok.GetUtcNow();
            foreach (var zaak in batch)
            {
                var (swv, vestiging, standen) = termijnen(zaak);
                foreach (var stand in standen)
                {
                    db.Termijnen.Add(Termijn.Open(swv, vestiging, soort, zaak.Id, stand, nu));
                    geopend++;
                }
            }

            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            vanaf = batch[^1].Id;
        }
    }
}
