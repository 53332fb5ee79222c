using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen;

internal static class Beschikkingsnummers
{
    /// <summary>
    /// A beschikkingsnummer is unique within the samenwerkingsverband. Deciders see the whole SWV, so this check sees
    /// every number; the store's unique index settles the race between two decisions at the same moment (409 too).
    /// </summary>
    public static async Task<Fout?> ControleerUniekAsync(this IApplicationDbContext db, string? nummer, CancellationToken ct)
    {
        var gezocht = nummer?.Trim();
        return !string.IsNullOrEmpty(gezocht) && await db.Arrangementen.AnyAsync(a => a.Beschikkingsnummer == gezocht, ct).ConfigureAwait(false)
            ? Fout.Conflict("beschikkingsnummer-bestaat", $"Beschikkingsnummer {gezocht} is in dit samenwerkingsverband al gebruikt.")
            : null;
    }
}
