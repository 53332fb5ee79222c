using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PassendOnderwijs.Infrastructure.Persistence.Configurations;
using PassendOnderwijs.Domain.Begeleidingsaanbod;

namespace PassendOnderwijs.Infrastructure.Persistence;

/// <summary>
/// An aanbieder is one aggregate across two tables. A change to only its aanbod would leave the aanbieder's row
/// untouched, and with it its version (the concurrency check) and its place in the change feed. So every aanbieder
/// whose aggregate changed gets its own row updated: that update is checked against the version the caller read,
/// and the store's trigger gives it the next number in the change sequence.
/// </summary>
internal static class AanbiederWijzigingen
{
    public static void Stempel(ChangeTracker tracker, DateTimeOffset nu)
    {
        var gewijzigdeAanbod = tracker.Entries<AangebodenBegeleiding>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Property<Guid>(AangebodenBegeleidingConfiguration.AanbiederId).CurrentValue)
            .ToHashSet();
        foreach (var aanbieder in tracker.Entries<Onderwijsbegeleidingsaanbieder>())
        {
            if (aanbieder.State is EntityState.Added or EntityState.Modified || gewijzigdeAanbod.Contains(aanbieder.Entity.Id))
            {
                var gewijzigdOp = aanbieder.Property(a => a.GewijzigdOp);
                gewijzigdOp.CurrentValue = nu;

                // Also when the clock shows the same instant (a fixed clock, or two saves within its resolution).
                gewijzigdOp.IsModified = aanbieder.State != EntityState.Added;
            }
        }
    }
}
