using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;

namespace PassendOnderwijs.Application.Begeleidingsaanbod;

internal static class Wijzigingsvolgorde
{
    /// <summary>
    /// The highest change number committed so far, over aanbieders and tombstones (each an index lookup), in one
    /// round trip: every page, 304 and feed call starts here. Because the store numbers changes in commit order, a
    /// change committed after this read gets a higher number, so it reaches a client through the feed even when a page
    /// read after this one already showed it.
    /// </summary>
    public static async Task<long> HoogsteAsync(this IApplicationDbContext db, CancellationToken cancellationToken)
    {
        // Both maxima as scalar subqueries of one row; PostgreSQL has no FROM-less SELECT in LINQ, so the row comes from
        // the aanbieders themselves, and an empty register (tombstones only, or nothing) asks the tombstones alone.
        var beide = await db.Onderwijsbegeleidingsaanbieders
            .Select(_ => new
            {
                Aanbieders = db.Onderwijsbegeleidingsaanbieders.Max(o => (long?)o.Versie),
                Verwijderd = db.VerwijderdeAanbieders.Max(v => (long?)v.Versie),
            })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (beide is null)
        {
            return await db.VerwijderdeAanbieders.MaxAsync(v => (long?)v.Versie, cancellationToken).ConfigureAwait(false) ?? 0;
        }

        return Math.Max(beide.Aanbieders ?? 0, beide.Verwijderd ?? 0);
    }
}
