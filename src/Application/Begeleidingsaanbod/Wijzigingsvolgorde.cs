using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;

namespace PassendOnderwijs.Application.Begeleidingsaanbod;

internal static class Wijzigingsvolgorde
{
    /// <summary>
    /// The highest change number committed so far, over aanbieders and tombstones in one statement. Because the store
    /// numbers changes in commit order, everything up to it is visible to every query that runs after this one.
    /// </summary>
    public static async Task<long> HoogsteAsync(this IApplicationDbContext db, CancellationToken cancellationToken) =>
        await db.Onderwijsbegeleidingsaanbieders.Select(o => (long?)o.Versie)
            .Concat(db.VerwijderdeAanbieders.Select(v => (long?)v.Versie))
            .MaxAsync(cancellationToken).ConfigureAwait(false) ?? 0;
}
