using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Schooljaren;

namespace PassendOnderwijs.Application.Expertises;

internal static class GeldigeWaardelijst
{
    /// <summary>The version that applies in <paramref name="schooljaar"/>: the latest one that starts in or before it.</summary>
    public static Task<ExpertiseWaardelijst?> VoorAsync(
        this IQueryable<ExpertiseWaardelijst> waardelijsten,
        Schooljaar schooljaar,
        CancellationToken cancellationToken) =>
        waardelijsten
            .AsNoTracking()
            .Where(w => w.GeldigVanaf <= schooljaar)
            .OrderByDescending(w => w.GeldigVanaf)
            .FirstOrDefaultAsync(cancellationToken);
}
