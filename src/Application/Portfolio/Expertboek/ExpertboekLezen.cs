using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Expertboek;

/// <summary>
/// The SWV's own expert accounts joined with their entries: one read for the list and for one. An expert of an
/// organisation outside the SWV (an aanbieder's ambulant begeleider) is not part of the portfolio.
/// </summary>
internal static class ExpertboekLezen
{
    public static async Task<List<ExpertboekRegelDto>> LeesAsync(this IApplicationDbContext db, Guid? alleen, CancellationToken ct)
    {
        // The tenant filters keep both reads inside the caller's own samenwerkingsverband.
        var experts = await db.Gebruikers.AsNoTracking()
            .Where(g => g.Rol == Rol.Expert && g.ExterneOrganisatie == null)
            .Select(g => new { g.Id, g.Naam, g.Actief })
            .ToListAsync(ct).ConfigureAwait(false);
        if (alleen is { } id)
        {
            experts = [.. experts.Where(e => e.Id.Waarde == id)];
        }

        var ids = experts.Select(e => e.Id.Waarde).ToList();
        var profielen = await db.Expertprofielen.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct).ConfigureAwait(false);
        return [.. experts
            .Select(e => new ExpertboekRegelDto(
                e.Id.Waarde, e.Naam, e.Actief,
                profielen.TryGetValue(e.Id.Waarde, out var profiel) ? ExpertprofielDto.Van(profiel) : null))
            .OrderBy(r => r.Naam, StringComparer.OrdinalIgnoreCase)];
    }
}
