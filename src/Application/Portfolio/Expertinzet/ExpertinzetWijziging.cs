using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Leerlingen;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet;

/// <summary>A step of an inzet, taken in the shape every lifecycle step has (<see cref="Stapuitvoering"/>).</summary>
internal static class ExpertinzetWijziging
{
    public static Task<Result<ExpertinzetDto>> VoerUitAsync(
        this IApplicationDbContext db,
        IHuidigeGebruiker aanroeper,
        Guid id,
        long? verwachteVersie,
        Func<Domain.Portfolio.Expertinzet.Expertinzet, Result<Domain.Portfolio.Expertinzet.Expertinzet>> stap,
        CancellationToken cancellationToken) =>
        db.VoerUitAsync(aanroeper, id, verwachteVersie, i => Task.FromResult(stap(i)), cancellationToken);

    public static async Task<Result<ExpertinzetDto>> VoerUitAsync(
        this IApplicationDbContext db,
        IHuidigeGebruiker aanroeper,
        Guid id,
        long? verwachteVersie,
        Func<Domain.Portfolio.Expertinzet.Expertinzet, Task<Result<Domain.Portfolio.Expertinzet.Expertinzet>>> stap,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Expertinzetten.VoerStapUitAsync(
            db.SaveChangesAsync,
            id,
            verwachteVersie,
            new Stapdoel(ExpertinzetFouten.Onbekend(id), "deze inzet"),
            stap,
            async i => ExpertinzetDto.Van(i, await db.LeerlingVanInzetAsync(i, cancellationToken).ConfigureAwait(false), aanroeper),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The pupil, when the caller may (still) see them; the store's filters decide.</summary>
    public static Task<Leerling?> LeerlingVanInzetAsync(this IApplicationDbContext db, Domain.Portfolio.Expertinzet.Expertinzet i, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(i);
        return db.Leerlingen.AsNoTracking().FirstOrDefaultAsync(l => l.Id == i.LeerlingId, ct);
    }

    /// <summary>
    /// Ends the betrokkenheid the linking created (unlinking, closing), so the expert no longer sees the pupil. One that
    /// already ended (by hand or by date) is left as it is.
    /// </summary>
    public static async Task BeeindigBetrokkenheidAsync(this IApplicationDbContext db, Guid? betrokkeneId, Actor door, TimeProvider klok, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (betrokkeneId is not { } id)
        {
            return;
        }

        var betrokkene = await db.Betrokkenen.FirstOrDefaultAsync(b => b.Id == id, ct).ConfigureAwait(false);
        betrokkene?.Beeindig(door, klok.GetUtcNow(), NederlandseTijd.Vandaag(klok));
    }
}
