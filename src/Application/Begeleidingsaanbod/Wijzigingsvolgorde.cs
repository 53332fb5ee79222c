using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;

namespace PassendOnderwijs.Application.Begeleidingsaanbod;

internal static class Wijzigingsvolgorde
{
    /// <summary>
    /// The highest change number committed so far, over aanbieders and tombstones (each an index lookup). Because the
    /// store numbers changes in commit order, a change committed after these reads gets a higher number, so it
    /// reaches a client through the feed even when a page read after this one already showed it.
    /// </summary>
    public static async Task<long> HoogsteAsync(this IApplicationDbContext db, CancellationToken cancellationToken)
    {
        var aanbieders = await db.Onderwijsbegeleidingsaanbieders.MaxAsync(o => (long?)o.Versie, cancellationToken).ConfigureAwait(false);
        var verwijderd = await db.VerwijderdeAanbieders.MaxAsync(v => (long?)v.Versie, cancellationToken).ConfigureAwait(false);
        return Math.Max(aanbieders ?? 0, verwijderd ?? 0);
    }
}
