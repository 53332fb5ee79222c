using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Common.Export;

/// <summary>Reads the rows of an export, at most the configured maximum: one more tells that the selection is too wide.</summary>
public static class Exportgrens
{
    public static async Task<Result<List<T>>> LeesBegrensdAsync<T>(this IQueryable<T> rijen, ExportOpties opties, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(opties);
        var gelezen = await rijen.Take(opties.MaximumRijen + 1).ToListAsync(ct).ConfigureAwait(false);
        return gelezen.Count > opties.MaximumRijen ? ExportFouten.TeVeelRijen(opties.MaximumRijen) : gelezen;
    }

    /// <summary>The same limit for rows that more than one query read (the werkvoorraad's), counted once they are read.</summary>
    public static Result<TInhoud> Begrensd<TInhoud>(TInhoud inhoud, int aantalRijen, ExportOpties opties)
    {
        ArgumentNullException.ThrowIfNull(opties);
        return aantalRijen > opties.MaximumRijen ? ExportFouten.TeVeelRijen(opties.MaximumRijen) : Result<TInhoud>.Gelukt(inhoud);
    }
}
