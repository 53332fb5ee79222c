using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Begeleidingsaanbod;

/// <summary>
/// The shape every change to an existing aanbieder has: find it by code, check the version the caller based the
/// change on, let the aggregate apply it, save. The store checks the version once more on save, for the race
/// between two callers who read the same version.
/// </summary>
internal static class AanbiederWijziging
{
    public static async Task<Result<AanbiederDto>> VoerUitAsync<T>(
        this IApplicationDbContext db,
        string code,
        long? verwachteVersie,
        Func<Onderwijsbegeleidingsaanbieder, Result<T>> wijziging,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wijziging);
        var obaCode = ObaCode.Parse(code).Waarde;
        var aanbieder = await db.Onderwijsbegeleidingsaanbieders.FirstOrDefaultAsync(o => o.Code == obaCode, cancellationToken).ConfigureAwait(false);
        if (aanbieder is null)
        {
            return AanbiederFouten.Onbekend(code);
        }

        if (AanbiederFouten.Versiecontrole(verwachteVersie, aanbieder) is { } versiefout)
        {
            return versiefout;
        }

        var uitkomst = wijziging(aanbieder);
        if (!uitkomst.IsGelukt)
        {
            return Result<AanbiederDto>.Mislukt(uitkomst.Fouten);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return AanbiederDto.Van(aanbieder);
    }
}
