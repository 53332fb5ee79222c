using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen;

/// <summary>
/// The shape of every step in an arrangement's lifecycle: find it (within the caller's scope), check the version
/// the caller based the step on, let the aggregate take the step, save. The store checks the version once more on
/// save, for the race between two callers who read the same version.
/// </summary>
internal static class ArrangementWijziging
{
    public static async Task<Result<ArrangementDto>> VoerUitAsync(
        this IApplicationDbContext db,
        TimeProvider klok,
        IHuidigeGebruiker aanroeper,
        Guid id,
        long? verwachteVersie,
        Func<Arrangement, Result<Arrangement>> stap,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stap);
        var arrangement = await db.Arrangementen.FirstOrDefaultAsync(a => a.Id == id, cancellationToken).ConfigureAwait(false);
        if (arrangement is null)
        {
            return ArrangementFouten.Onbekend(id);
        }

        if (Versiecontrole.Controleer(verwachteVersie, arrangement.Versie, "dit arrangement") is { } versiefout)
        {
            return versiefout;
        }

        var uitkomst = stap(arrangement);
        if (!uitkomst.IsGelukt)
        {
            return Result<ArrangementDto>.Mislukt(uitkomst.Fouten);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var leerling = await db.LeerlingVanAsync(arrangement, cancellationToken).ConfigureAwait(false);
        return ArrangementDto.Van(arrangement, leerling, NederlandseTijd.Vandaag(klok), aanroeper);
    }
}
