using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;

namespace PassendOnderwijs.Infrastructure.Persistence;

internal sealed class TransactieBeheer(PassendOnderwijsDbContext db) : ITransactieBeheer
{
    public async Task<T> VoerUitAsync<T>(
        Func<CancellationToken, Task<(T Uitkomst, bool Vastleggen)>> werk,
        CancellationToken cancellationToken)
    {
        // A nested command (one use case calling another) joins the transaction that is already open.
        if (db.Database.CurrentTransaction is not null)
        {
            return (await werk(cancellationToken).ConfigureAwait(false)).Uitkomst;
        }

        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var (uitkomst, vastleggen) = await werk(cancellationToken).ConfigureAwait(false);
        if (vastleggen)
        {
            await transactie.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await transactie.RollbackAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
        }

        return uitkomst;
    }
}
