using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Deskundigen;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Deskundigen;

/// <summary>
/// Deskundigen as the API shows them: with the names of their schoolbestuur, school and account, read for a whole
/// page in three queries (never one per row). The tenant filters keep each read inside the caller's own SWV.
/// </summary>
internal static class DeskundigeWeergave
{
    public static async Task<List<DeskundigeDto>> AlsDtosAsync(this IApplicationDbContext db, IReadOnlyCollection<Deskundige> deskundigen, CancellationToken ct)
    {
        var bestuurIds = deskundigen.Select(d => d.SchoolbestuurId).OfType<Guid>().Distinct().ToList();
        var vestigingen = deskundigen.Select(d => d.Vestiging).OfType<VestigingCode>().Distinct().ToList();
        var accountIds = deskundigen.Select(d => d.AccountId).OfType<Guid>().Distinct().Select(id => new GebruikerId(id)).ToList();

        var besturen = bestuurIds.Count == 0
            ? []
            : await db.Schoolbesturen.AsNoTracking().Where(b => bestuurIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Naam, ct).ConfigureAwait(false);
        var scholen = vestigingen.Count == 0
            ? []
            : await db.Scholen.AsNoTracking().Where(s => vestigingen.Contains(s.Vestiging)).Select(s => new { s.Vestiging, s.Naam })
                .ToDictionaryAsync(s => s.Vestiging.Waarde, s => s.Naam, ct).ConfigureAwait(false);
        var accounts = accountIds.Count == 0
            ? []
            : await db.Gebruikers.AsNoTracking().Where(g => accountIds.Contains(g.Id)).Select(g => new { g.Id, g.Naam })
                .ToDictionaryAsync(g => g.Id.Waarde, g => g.Naam, ct).ConfigureAwait(false);

        return deskundigen.Select(d => DeskundigeDto.Van(d, new DeskundigeNamen(
            d.SchoolbestuurId is { } b ? besturen.GetValueOrDefault(b) : null,
            d.Vestiging is { } v ? scholen.GetValueOrDefault(v.Waarde) : null,
            d.AccountId is { } a ? accounts.GetValueOrDefault(a) : null))).ToList();
    }

    public static async Task<DeskundigeDto> AlsDtoAsync(this IApplicationDbContext db, Deskundige deskundige, CancellationToken ct) =>
        (await db.AlsDtosAsync([deskundige], ct).ConfigureAwait(false))[0];
}
