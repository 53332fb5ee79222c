using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Deskundigen;

namespace PassendOnderwijs.Application.Deskundigen;

/// <summary>Deactivating and reactivating a deskundige: the same lookup and answer, only the step differs.</summary>
internal static class DeskundigeActivering
{
    public static async Task<Result<DeskundigeDto>> ZetAsync(this IApplicationDbContext db, Guid id, Action<Deskundige> stap, CancellationToken ct)
    {
        // The tenant filter keeps this to the caller's own samenwerkingsverband.
        var deskundige = await db.Deskundigen.FirstOrDefaultAsync(d => d.Id == id, ct).ConfigureAwait(false);
        if (deskundige is null)
        {
            return DeskundigeFouten.Onbekend;
        }

        stap(deskundige);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return await db.AlsDtoAsync(deskundige, ct).ConfigureAwait(false);
    }
}
