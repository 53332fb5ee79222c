using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen;

/// <summary>A step in an arrangement's lifecycle, taken in the shape every lifecycle step has (<see cref="Stapuitvoering"/>).</summary>
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
        return await db.Arrangementen.VoerStapUitAsync(
            db.SaveChangesAsync,
            id,
            verwachteVersie,
            new Stapdoel(ArrangementFouten.Onbekend(id), "dit arrangement"),
            a => Task.FromResult(stap(a)),
            async a => ArrangementDto.Van(a, await db.LeerlingVanAsync(a, cancellationToken).ConfigureAwait(false), NederlandseTijd.Vandaag(klok), aanroeper),
            cancellationToken).ConfigureAwait(false);
    }
}
