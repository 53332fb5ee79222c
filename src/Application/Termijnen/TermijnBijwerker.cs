using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Gebeurtenissen;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Aanmeldingen.Gebeurtenissen;
using PassendOnderwijs.Domain.Arrangementen.Gebeurtenissen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen.Gebeurtenissen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Termijnen;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen.Gebeurtenissen;

namespace PassendOnderwijs.Application.Termijnen;

/// <summary>
/// The deadline engine's bookkeeping: after every change of a case it computes the case's running terms from its facts
/// (<see cref="Termijnentabel"/>) and brings the case's <see cref="Termijn"/> records in line. A run that is no longer
/// there was met and is closed; a run that is still there follows its possibly moved days; a new run is opened. The
/// result depends only on the case as it is now, so a redelivered or late event does no harm, and events of one case
/// come in order (the outbox keeps order per aggregate). A system path across tenants, hence IgnoreQueryFilters.
/// </summary>
internal sealed class TermijnBijwerker(IApplicationDbContext db, TimeProvider klok)
    : IDomainEventConsumer<ArrangementGebeurtenis>, IDomainEventConsumer<TlvGebeurtenisBericht>, IDomainEventConsumer<OppGebeurtenisBericht>,
        IDomainEventConsumer<Domain.Thuiszitters.ThuiszitterBericht>,
        IDomainEventConsumer<AanmeldingGebeurtenisBericht>
{
    public async Task ConsumeAsync(ArrangementGebeurtenis domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var zaak = await db.Arrangementen.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == domainEvent.ArrangementId, cancellationToken).ConfigureAwait(false);
        await WerkBijAsync(
            Zaaksoort.Arrangement, domainEvent.ArrangementId,
            zaak is null ? null : new Zaakstand(zaak.Samenwerkingsverband, zaak.Vestiging, Termijnentabel.Van(zaak)),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task ConsumeAsync(TlvGebeurtenisBericht domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var zaak = await db.Toelaatbaarheidsverklaringen.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(t => t.Id == domainEvent.TlvId, cancellationToken).ConfigureAwait(false);
        await WerkBijAsync(
            Zaaksoort.Toelaatbaarheidsverklaring, domainEvent.TlvId,
            zaak is null ? null : new Zaakstand(zaak.Samenwerkingsverband, zaak.Vestiging, Termijnentabel.Van(zaak)),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task ConsumeAsync(OppGebeurtenisBericht domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var zaak = await db.Ontwikkelingsperspectiefplannen.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(o => o.Id == domainEvent.OppId, cancellationToken).ConfigureAwait(false);
        await WerkBijAsync(
            Zaaksoort.Ontwikkelingsperspectiefplan, domainEvent.OppId,
            zaak is null ? null : new Zaakstand(zaak.Samenwerkingsverband, zaak.Vestiging, Termijnentabel.Van(zaak)),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task ConsumeAsync(Domain.Thuiszitters.ThuiszitterBericht domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var zaak = await db.Thuiszitters.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(t => t.Id == domainEvent.ThuiszitterId, cancellationToken).ConfigureAwait(false);
        await WerkBijAsync(
            Zaaksoort.Thuiszitter, domainEvent.ThuiszitterId,
            zaak is null ? null : new Zaakstand(zaak.Samenwerkingsverband, zaak.Vestiging, Termijnentabel.Van(zaak)),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task ConsumeAsync(AanmeldingGebeurtenisBericht domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var zaak = await db.Aanmeldingen.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == domainEvent.AanmeldingId, cancellationToken).ConfigureAwait(false);
        await WerkBijAsync(
            Zaaksoort.Aanmelding, domainEvent.AanmeldingId,
            zaak is null ? null : new Zaakstand(zaak.Samenwerkingsverband, zaak.Vestiging, Termijnentabel.Van(zaak)),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A case that no longer exists (removed) has no running terms: its open runs are closed.</summary>
    private async Task WerkBijAsync(Zaaksoort soort, Guid zaakId, Zaakstand? stand, CancellationToken ct)
    {
        var nu = klok.GetUtcNow();
        var vandaag = NederlandseTijd.Vandaag(klok);
        var open = await db.Termijnen.IgnoreQueryFilters()
            .Where(t => t.ZaakId == zaakId && t.Fase != Termijnfase.Gehaald)
            .ToListAsync(ct).ConfigureAwait(false);
        foreach (var nieuw in Termijn.Volg(open, stand?.Standen ?? [], vandaag, nu))
        {
            db.Termijnen.Add(Termijn.Open(stand!.Samenwerkingsverband, stand.Vestiging, soort, zaakId, nieuw, nu));
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    private sealed record Zaakstand(SwvCode Samenwerkingsverband, VestigingCode Vestiging, IReadOnlyList<Termijnstand> Standen);
}
