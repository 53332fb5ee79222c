using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Portfolio.Expertboek;
using PassendOnderwijs.Domain.Portfolio;

namespace PassendOnderwijs.Application.Portfolio.Regios;

/// <summary>Puts each regio's offer next to the expertboek, so a gap (a gebied on offer without an expert) shows.</summary>
internal static class RegioportfolioLezen
{
    public static async Task<List<RegioportfolioDto>> LeesAsync(this IApplicationDbContext db, CancellationToken ct)
    {
        // The tenant filters keep every read inside the caller's own samenwerkingsverband.
        // A tenant the platform has not registered (yet) has no regio's, so no portfolio either.
        var regios = await db.Samenwerkingsverbanden.AsNoTracking().Select(s => s.Regios).FirstOrDefaultAsync(ct).ConfigureAwait(false) ?? [];
        var aanbod = await db.Regioaanbod.AsNoTracking().ToDictionaryAsync(a => a.Regio, StringComparer.Ordinal, ct).ConfigureAwait(false);
        var experts = (await db.LeesAsync(alleen: null, ct).ConfigureAwait(false)).Where(e => e.Actief && e.Profiel is not null).ToList();
        return [.. regios.Select(regio =>
        {
            var inRegio = experts.Where(e => e.Profiel!.Regio == regio.Naam || e.Profiel.OokInRegios.Contains(regio.Naam)).ToList();
            var eigen = aanbod.GetValueOrDefault(regio.Naam);
            var gebieden = (eigen?.Expertisegebieden ?? []).Select(gebied =>
            {
                var code = ExpertisegebiedCodes.Lijst.Code(gebied);
                return new RegioaanbodGebiedDto(code, [.. inRegio
                    .Where(e => e.Profiel!.Expertisegebieden.Contains(code))
                    .Select(e => new RegioExpertDto(e.ExpertId, e.Naam, e.Profiel!.Fte, e.Profiel.Regio != regio.Naam))]);
            }).ToList();
            return new RegioportfolioDto(
                regio.Naam, regio.LokaleNetwerken, gebieden, inRegio.Where(e => e.Profiel!.Regio == regio.Naam).Sum(e => e.Profiel!.Fte), eigen?.Versie ?? 0);
        })];
    }
}
