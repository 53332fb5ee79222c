using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Begeleidingsaanbod;

/// <summary>
/// The shape every change to an existing aanbieder has: find it by code, check that the caller may change it (its
/// owner's beheerder or a register-beheerder), check the version the caller based the change on, let the aggregate
/// apply it, save. The store checks the version once more on save, for the race
/// between two callers who read the same version.
/// </summary>
internal static class AanbiederWijziging
{
    public static async Task<Result<AanbiederDto>> VoerUitAsync<T>(
        this IApplicationDbContext db,
        Registerbeheer beheer,
        ObaCode code,
        long? verwachteVersie,
        Func<Onderwijsbegeleidingsaanbieder, Result<T>> wijziging,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wijziging);
        var gevonden = await db.ZoekVoorWijzigingAsync(beheer, code, verwachteVersie, cancellationToken).ConfigureAwait(false);
        if (!gevonden.Lukt(out var aanbieder))
        {
            return Result<AanbiederDto>.Mislukt(gevonden.Fouten);
        }

        var uitkomst = wijziging(aanbieder);
        if (!uitkomst.IsGelukt)
        {
            return Result<AanbiederDto>.Mislukt(uitkomst.Fouten);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return AanbiederDto.Van(aanbieder, beheer);
    }

    /// <summary>
    /// The aanbieder to change, tracked, provided the caller may change it and based the change on its current
    /// version. Ownership goes first: someone who may not change it gains nothing from hearing about versions.
    /// </summary>
    public static async Task<Result<Onderwijsbegeleidingsaanbieder>> ZoekVoorWijzigingAsync(
        this IApplicationDbContext db, Registerbeheer beheer, ObaCode code, long? verwachteVersie, CancellationToken cancellationToken)
    {
        var aanbieder = await db.Onderwijsbegeleidingsaanbieders.FirstOrDefaultAsync(o => o.Code == code, cancellationToken).ConfigureAwait(false);
        if (aanbieder is null)
        {
            return AanbiederFouten.Onbekend(code);
        }

        var eigenaarschap = aanbieder.ControleerBeheer(beheer);
        if (!eigenaarschap.IsGelukt)
        {
            return Result<Onderwijsbegeleidingsaanbieder>.Mislukt(eigenaarschap.Fouten);
        }

        return Versiecontrole.Controleer(verwachteVersie, aanbieder.Versie, "deze aanbieder") is { } versiefout ? versiefout : aanbieder;
    }
}
