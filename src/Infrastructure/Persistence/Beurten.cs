using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;

namespace PassendOnderwijs.Infrastructure.Persistence;

/// <summary>
/// A transaction-scoped advisory lock per kind and key (PostgreSQL releases it at commit or rollback, also when the
/// process dies). The two-key form keeps these locks apart from the change sequences' single-key locks.
/// </summary>
internal sealed class Beurten(PassendOnderwijsDbContext db) : IBeurten
{
    /// <summary>The first key of every turn lock: a range of its own, far from anything else that takes two-key locks.</summary>
    private const int Basis = 7_300;

    public async Task WachtOpBeurtAsync(Beurtsoort soort, string sleutel, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A turn is taken inside the command's transaction; without one it would end at once.");
        }

        var klasse = Basis + (int)soort;
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({klasse}, hashtext({sleutel}))", cancellationToken).ConfigureAwait(false);
    }
}
