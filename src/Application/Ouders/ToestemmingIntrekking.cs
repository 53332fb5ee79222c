using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ouders;

/// <summary>
/// Withdrawing a consent of a pupil the caller may see, by the ouder in the portal or by the school on the ouder's
/// request: the same steps, only who checks the pupil and whose view of the answer differ.
/// </summary>
internal static class ToestemmingIntrekking
{
    public static async Task<Result<ToestemmingDto>> TrekInAsync(
        IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok, Guid leerlingId, Guid toestemmingId, bool voorOuder, CancellationToken ct)
    {
        var toestemming = await db.Toestemmingen
            .FirstOrDefaultAsync(t => t.Id == toestemmingId && t.LeerlingId == leerlingId, ct).ConfigureAwait(false);
        if (toestemming is null)
        {
            return ToestemmingFouten.Onbekend(toestemmingId);
        }

        var ingetrokken = toestemming.TrekIn(aanroeper.AlsActor(), klok.GetUtcNow());
        if (!ingetrokken.IsGelukt)
        {
            return Result<ToestemmingDto>.Mislukt(ingetrokken.Fouten);
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return ToestemmingDto.Van(toestemming, NederlandseTijd.Vandaag(klok), voorOuder);
    }
}
