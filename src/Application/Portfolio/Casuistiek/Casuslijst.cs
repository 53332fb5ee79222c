using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Casuistiek;

namespace PassendOnderwijs.Application.Portfolio.Casuistiek;

/// <summary>Cases as a list shows them, projected in SQL (no texts, no history), within what the caller may see.</summary>
internal static class Casuslijst
{
    public const int Maximum = 1000;

    public static async Task<IReadOnlyList<CasusSamenvattingDto>> CasussenVanAsync(
        this IApplicationDbContext db, Expression<Func<Casus, bool>> filter, CancellationToken ct)
    {
        var rijen = await db.Casussen.AsNoTracking().Where(filter)
            .OrderByDescending(c => c.IngebrachtOp).ThenBy(c => c.Id)
            .Take(Maximum)
            .Select(c => new
            {
                c.Id,
                c.Vestiging,
                c.Regio,
                c.LokaalNetwerk,
                c.Schooljaar,
                c.Status,
                c.Leerjaarband,
                c.Expertisegebied,
                c.BesprekingId,
                c.UitkomstSoort,
                c.Uitkomst,
                Gekoppeld = c.ExpertinzetId != null,
                c.IngebrachtOp,
            })
            .ToListAsync(ct).ConfigureAwait(false);
        return rijen.Select(c => new CasusSamenvattingDto(
                c.Id,
                c.Vestiging.Waarde,
                c.Regio,
                c.LokaalNetwerk,
                Domain.Schooljaren.Schooljaar.Van(c.Schooljaar).ToString(),
                CasusStatusCodes.Lijst.Code(c.Status),
                c.Leerjaarband is { } b ? CasuistiekCodes.Leerjaarbanden.Code(b) : null,
                c.Expertisegebied is { } e ? ExpertisegebiedCodes.Lijst.Code(e) : null,
                c.BesprekingId,
                c.UitkomstSoort is { } u ? CasuistiekCodes.Uitkomstsoorten.Code(u) : null,
                c.Uitkomst?.Expertisegebied is { } g ? ExpertisegebiedCodes.Lijst.Code(g) : null,
                c.Gekoppeld,
                c.IngebrachtOp))
            .ToList();
    }
}
