using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Beleidsinformatie.Leerlingaantallen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Beleidsinformatie.Leerlingaantallen;

/// <summary>
/// Reads the numbers with the soort of their vestiging. The tenant filters keep both to the caller's samenwerkingsverband.
/// A number only counts while its vestiging is in the school register: without it the soort, and so where the pupils
/// count, is unknown (a number is only accepted for a vestiging in the register, so this is a school removed since).
/// </summary>
internal static class LeerlingaantallenLezen
{
    public static async Task<Dictionary<string, (string Naam, SoortSchool Soort)>> ScholenAsync(IApplicationDbContext db, CancellationToken ct) =>
        (await db.Scholen.AsNoTracking().Select(s => new { s.Vestiging, s.Naam, s.Soort }).ToListAsync(ct).ConfigureAwait(false))
            .ToDictionary(s => s.Vestiging.Waarde, s => (s.Naam, s.Soort), StringComparer.Ordinal);

    /// <summary>
    /// The deelnamepercentage per teldatum against the target in force on <paramref name="vandaag"/>: the
    /// deelnamepercentage page and the beleidsinformatie dashboard read it alike.
    /// </summary>
    public static async Task<DeelnamepercentageDto> DeelnamepercentageAsync(IApplicationDbContext db, DateOnly vandaag, CancellationToken ct) =>
        new(await StreefpercentageAsync(db, vandaag, ct).ConfigureAwait(false), await TrendAsync(db, ct).ConfigureAwait(false));

    /// <summary>The target of the policy in force on <paramref name="vandaag"/>; the default policy has none.</summary>
    private static async Task<decimal?> StreefpercentageAsync(IApplicationDbContext db, DateOnly vandaag, CancellationToken ct) =>
        (await db.Beleidsinstellingen.AsNoTracking().FirstOrDefaultAsync(ct).ConfigureAwait(false))?.InWerkingOp(vandaag).StreefDeelnamepercentage;

    private static async Task<List<TeldatumcijfersDto>> TrendAsync(IApplicationDbContext db, CancellationToken ct)
    {
        var scholen = await ScholenAsync(db, ct).ConfigureAwait(false);
        var aantallen = await db.Leerlingaantallen.AsNoTracking()
            .Select(l => new { l.Teldatum, l.Vestiging, l.Aantal })
            .ToListAsync(ct).ConfigureAwait(false);
        return [.. aantallen
            .GroupBy(a => a.Teldatum)
            .OrderBy(g => g.Key)
            .Select(g => TeldatumcijfersDto.Van(
                g.Key,
                [.. g.Where(a => scholen.ContainsKey(a.Vestiging.Waarde)).Select(a => (Deelname.Vorm(scholen[a.Vestiging.Waarde].Soort), a.Aantal))],
                scholen.Count))];
    }
}
