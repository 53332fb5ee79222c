using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Leerlingen;

/// <summary>
/// The pupils of cases the caller may see (arrangementen, toelaatbaarheidsverklaringen). A case belongs to the
/// vestigingen that requested or receive it, also when the pupil is enrolled elsewhere: those schools still see the
/// pupil on it. So the pupils are read in a query of their own, past the pupil filter but only by the ids of cases that
/// already passed the tenant and vestiging filters. (Never in the same query: IgnoreQueryFilters switches off every
/// filter of a query.)
/// </summary>
internal static class LeerlingenVanZaken
{
    public static async Task<Dictionary<Guid, Leerling>> LeerlingenAsync(
        this IApplicationDbContext db, IEnumerable<(Guid Leerling, SwvCode Samenwerkingsverband)> zaken, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var lijst = zaken.ToList();
        var ids = lijst.Select(z => z.Leerling).Distinct().ToList();
        var swv = lijst.Select(z => z.Samenwerkingsverband).Distinct().ToList();
        return await db.Leerlingen.IgnoreQueryFilters().AsNoTracking()
            .Where(l => ids.Contains(l.Id) && swv.Contains(l.Samenwerkingsverband))
            .ToDictionaryAsync(l => l.Id, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The items of a page of a LAS feed, each with its pupil identified as every feed identifies one (id, name,
    /// birth date, group), so a LAS matches pupils the same way in each copy it keeps.
    /// </summary>
    public static async Task<List<TItem>> MetLeerlingAsync<TRij, TItem>(
        this IApplicationDbContext db,
        IReadOnlyList<TRij> rijen,
        Func<TRij, (Guid Leerling, SwvCode Samenwerkingsverband)> zaak,
        Func<TRij, ArrangementLeerlingDto, TItem> alsItem,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rijen);
        ArgumentNullException.ThrowIfNull(zaak);
        ArgumentNullException.ThrowIfNull(alsItem);
        var leerlingen = await db.LeerlingenAsync(rijen.Select(zaak), ct).ConfigureAwait(false);
        return [.. rijen.Select(r => alsItem(r, ArrangementLeerlingDto.Van(leerlingen[zaak(r).Leerling])))];
    }
}
