using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Middelen;

namespace PassendOnderwijs.Application.Portfolio.Middelen;

/// <summary>The shape of every change of a verantwoording: find it (within the caller's scope), check the version, change, save, answer.</summary>
internal static class VerantwoordingStappen
{
    public static async Task<Result<VerantwoordingDto>> VoerUitAsync(
        this IApplicationDbContext db,
        IHuidigeGebruiker aanroeper,
        Guid id,
        long? verwachteVersie,
        Func<Verantwoording, Task<Result<Verantwoording>>> stap,
        CancellationToken ct)
    {
        var verantwoording = await db.Verantwoordingen.FirstOrDefaultAsync(v => v.Id == id, ct).ConfigureAwait(false);
        if (verantwoording is null)
        {
            return MiddelenFouten.VerantwoordingOnbekend;
        }

        if (Versiecontrole.Controleer(verwachteVersie, verantwoording.Versie, "deze verantwoording") is { } versiefout)
        {
            return versiefout;
        }

        var uitkomst = await stap(verantwoording).ConfigureAwait(false);
        if (!uitkomst.IsGelukt)
        {
            return Result<VerantwoordingDto>.Mislukt(uitkomst.Fouten);
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        var toekenning = await db.Middelentoekenningen.AsNoTracking().IgnoreQueryFilters()
            .FirstAsync(t => t.Id == verantwoording.ToekenningId && t.Samenwerkingsverband == verantwoording.Samenwerkingsverband, ct).ConfigureAwait(false);
        return await db.AlsDtoAsync(verantwoording, toekenning, aanroeper, ct).ConfigureAwait(false);
    }
}
