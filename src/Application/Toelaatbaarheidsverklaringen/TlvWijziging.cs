using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen;

/// <summary>
/// The shape of every step in a TLV's lifecycle: find it (within the caller's scope), check the version the caller
/// based the step on, let the aggregate take the step, save. The store checks the version once more on save.
/// </summary>
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
        var tlv = await db.Toelaatbaarheidsverklaringen.FirstOrDefaultAsync(t => t.Id == id, cancellationToken).ConfigureAwait(false);
        if (tlv is null)
        {
            return TlvFouten.Onbekend(id);
        }

        if (Versiecontrole.Controleer(verwachteVersie, tlv.Versie, "deze toelaatbaarheidsverklaring") is { } versiefout)
        {
            return versiefout;
        }

        var uitkomst = await stap(tlv).ConfigureAwait(false);
        if (!uitkomst.IsGelukt)
        {
            return Result<TlvDto>.Mislukt(uitkomst.Fouten);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return TlvDto.Van(tlv, aanroeper);
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
