using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen;

/// <summary>A step in a TLV's lifecycle, taken in the shape every lifecycle step has (<see cref="Stapuitvoering"/>).</summary>
internal static class TlvWijziging
{
    public static async Task<Result<TlvDto>> VoerUitAsync(
        this IApplicationDbContext db,
        IHuidigeGebruiker aanroeper,
        Guid id,
        long? verwachteVersie,
        Func<Toelaatbaarheidsverklaring, Task<Result<Toelaatbaarheidsverklaring>>> stap,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stap);
        return await db.Toelaatbaarheidsverklaringen.VoerStapUitAsync(
            db.SaveChangesAsync,
            id,
            verwachteVersie,
            new Stapdoel(TlvFouten.Onbekend(id), "deze toelaatbaarheidsverklaring"),
            stap,
            t => Task.FromResult(TlvDto.Van(t, aanroeper)),
            cancellationToken).ConfigureAwait(false);
    }

    public static Task<Result<TlvDto>> VoerUitAsync(
        this IApplicationDbContext db,
        IHuidigeGebruiker aanroeper,
        Guid id,
        long? verwachteVersie,
        Func<Toelaatbaarheidsverklaring, Result<Toelaatbaarheidsverklaring>> stap,
        CancellationToken cancellationToken) =>
        db.VoerUitAsync(aanroeper, id, verwachteVersie, t => Task.FromResult(stap(t)), cancellationToken);

    /// <summary>
    /// A beschikkingsnummer is unique among the samenwerkingsverband's TLV's; only SWV staff decide, and they see all of
    /// them. The store's unique index guards the race between two decisions.
    /// </summary>
    public static async Task<Fout?> ControleerBeschikkingsnummerAsync(this IApplicationDbContext db, string? nummer, Guid eigen, CancellationToken ct)
    {
        var gezocht = nummer?.Trim();
        return !string.IsNullOrEmpty(gezocht)
            && await db.Toelaatbaarheidsverklaringen.AnyAsync(t => t.Beschikkingsnummer == gezocht && t.Id != eigen, ct).ConfigureAwait(false)
            ? TlvFouten.BeschikkingsnummerBestaat(gezocht)
            : null;
    }
}
