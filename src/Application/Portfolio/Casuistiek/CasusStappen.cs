using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Casuistiek;

namespace PassendOnderwijs.Application.Portfolio.Casuistiek;

/// <summary>
/// The shape of every step on a case: find it within the caller's scope (the store's filter), check the version the
/// caller based the step on, let the case take the step, save, answer with the case as the caller now sees it.
/// </summary>
internal static class CasusStappen
{
    public static async Task<Result<CasusDto>> VoerUitAsync(
        this IApplicationDbContext db,
        IHuidigeGebruiker aanroeper,
        Guid casusId,
        long? verwachteVersie,
        Func<Casus, Task<Result<Casus>>> stap,
        CancellationToken ct)
    {
        var casus = await db.Casussen.FirstOrDefaultAsync(c => c.Id == casusId, ct).ConfigureAwait(false);
        if (casus is null)
        {
            return CasuistiekFouten.OnbekendeCasus(casusId);
        }

        if (Versiecontrole.Controleer(verwachteVersie, casus.Versie, "Deze casus") is { } versiefout)
        {
            return versiefout;
        }

        var uitkomst = await stap(casus).ConfigureAwait(false);
        if (!uitkomst.IsGelukt)
        {
            return Result<CasusDto>.Mislukt(uitkomst.Fouten);
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return await db.AlsDtoAsync(casus, aanroeper, ct).ConfigureAwait(false);
    }

    public static async Task<CasusDto> AlsDtoAsync(this IApplicationDbContext db, Casus casus, IHuidigeGebruiker aanroeper, CancellationToken ct)
    {
        var datum = casus.BesprekingId is { } id
            ? await db.Netwerkbesprekingen.Where(b => b.Id == id).Select(b => (DateOnly?)b.Datum).FirstOrDefaultAsync(ct).ConfigureAwait(false)
            : null;
        return CasusDto.Van(casus, datum, aanroeper);
    }
}
