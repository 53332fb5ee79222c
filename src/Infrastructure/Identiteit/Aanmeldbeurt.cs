using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Identiteit;

/// <summary>
/// A transaction-scoped advisory lock per address (PostgreSQL releases it at commit or rollback, also when the
/// process dies). The two-key form keeps these locks apart from the change sequences' single-key locks.
/// </summary>
internal sealed class Aanmeldbeurt(PassendOnderwijsDbContext db) : IAanmeldbeurt
{
    private const int Slotsoort = 7_301;

    public async Task WachtOpBeurtAsync(string email, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A sign-in attempt takes its turn inside the command's transaction.");
        }

        var sleutel = email.Trim().ToUpperInvariant();
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({Slotsoort}, hashtext({sleutel}))", cancellationToken).ConfigureAwait(false);
    }
}
