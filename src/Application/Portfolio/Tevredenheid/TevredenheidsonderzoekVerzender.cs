using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Gebeurtenissen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;
using PassendOnderwijs.Domain.Portfolio.Tevredenheid;

namespace PassendOnderwijs.Application.Portfolio.Tevredenheid;

/// <summary>
/// Sends the school its tevredenheidsonderzoek when an expert inzet closes (routekaart step 7). The event is delivered
/// at least once: one onderzoek per inzet (checked first, and a unique index for two dispatchers at once). The regio is
/// the school's when the inzet closed. This is a system path across tenants (no caller), hence IgnoreQueryFilters.
/// </summary>
internal sealed class TevredenheidsonderzoekVerzender(IApplicationDbContext db) : IDomainEventConsumer<ExpertinzetGebeurtenis>
{
    public async Task ConsumeAsync(ExpertinzetGebeurtenis domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        if (domainEvent is not ExpertinzetAfgesloten { ExpertId: { } expertId } afgesloten
            || await db.Tevredenheidsonderzoeken.IgnoreQueryFilters().AnyAsync(o => o.ExpertinzetId == afgesloten.ExpertinzetId, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var inzet = await db.Expertinzetten.IgnoreQueryFilters().AsNoTracking()
            .Where(i => i.Id == afgesloten.ExpertinzetId).Select(i => new { i.ExpertNaam, i.Vestiging })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (inzet is null)
        {
            return;
        }

        var vestiging = inzet.Vestiging;
        var regio = await db.Scholen.IgnoreQueryFilters()
            .Where(s => s.Samenwerkingsverband == afgesloten.Samenwerkingsverband && s.Vestiging == vestiging)
            .Select(s => s.Regio).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var onderzoek = db.Tevredenheidsonderzoeken.Add(Tevredenheidsonderzoek.Verstuur(
            afgesloten.Samenwerkingsverband, afgesloten.ExpertinzetId, vestiging, regio ?? GeenRegio, expertId, inzet.ExpertNaam ?? "Onbekende expert",
            afgesloten.Expertisegebied, afgesloten.Op));
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException fout) when (fout.IsUniekeSleutelGeschonden())
        {
            onderzoek.State = EntityState.Detached;
        }
    }

    /// <summary>A school outside the indeling in regio's still gets its onderzoek; its results count under this name.</summary>
    internal const string GeenRegio = "Geen regio";
}
