using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Gebeurtenissen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Webhooks;

namespace PassendOnderwijs.Application.Webhooks;

/// <summary>
/// Turns a catalogued event into one notificatie (the pull feed) and one aflevering per abonnement that wants it and
/// whose koppeling may see it (scope and vestiging), in the outbox's transaction: exactly once, and nothing for a
/// change that was rolled back (it never reached the outbox). Registered once per family of <see cref="Notificatiecatalogus"/>.
/// A system path without caller, hence IgnoreQueryFilters.
/// </summary>
internal sealed class NotificatieConsument<TBasis>(IApplicationDbContext db, IKoppelingRechten koppelingen, TimeProvider klok)
    : IDomainEventConsumer<TBasis>
    where TBasis : IDomainEvent
{
    public async Task ConsumeAsync(TBasis domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        if (Notificatiecatalogus.Zoek(domainEvent) is not { } soort)
        {
            return;
        }

        var nu = klok.GetUtcNow();
        var familie = soort.Familie;
        var id = familie.Id(domainEvent);
        var swv = familie.Samenwerkingsverband(domainEvent);
        var vestigingen = await familie.VestigingenAsync(db, id, cancellationToken).ConfigureAwait(false);
        var notificatie = new KoppelingNotificatie
        {
            Id = Guid.CreateVersion7(nu),
            Samenwerkingsverband = swv,
            Soort = soort.Soort,
            Subject = familie.Subject(id),
            Scope = soort.Scope,
            Vestigingen = [.. vestigingen],
            Op = domainEvent.Op,
        };
        db.KoppelingNotificaties.Add(notificatie);

        var abonnementen = await db.Abonnementen.IgnoreQueryFilters()
            .Where(a => a.Samenwerkingsverband == swv && a.Soorten.Contains(soort.Soort))
            .Select(a => new { a.Id, a.ClientId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (abonnementen.Count > 0)
        {
            var rechten = await koppelingen.VanAsync([.. abonnementen.Select(a => a.ClientId).Distinct()], cancellationToken).ConfigureAwait(false);
            foreach (var abonnement in abonnementen)
            {
                if (rechten.TryGetValue(abonnement.ClientId, out var koppeling) && koppeling.Mag(swv.Waarde, soort.Scope, vestigingen))
                {
                    db.Afleveringen.Add(new Aflevering
                    {
                        Id = Guid.CreateVersion7(nu),
                        Samenwerkingsverband = swv,
                        AbonnementId = abonnement.Id,
                        NotificatieId = notificatie.Id,
                        Subject = notificatie.Subject,
                        Status = AfleverStatus.Wachtend,
                        AangemaaktOp = nu,
                        HerstartOp = nu,
                        VolgendePogingOp = nu,
                    });
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
