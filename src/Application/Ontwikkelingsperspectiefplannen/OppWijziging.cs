using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen;

/// <summary>A step in an OPP's lifecycle, taken in the shape every lifecycle step has (<see cref="Stapuitvoering"/>).</summary>
internal static class OppWijziging
{
    public static Task<Result<OppDto>> VoerUitAsync(
        this IApplicationDbContext db,
        IHuidigeGebruiker aanroeper,
        Guid id,
        long? verwachteVersie,
        Func<Ontwikkelingsperspectiefplan, Result<Ontwikkelingsperspectiefplan>> stap,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stap);
        return db.Ontwikkelingsperspectiefplannen.VoerStapUitAsync(
            db.SaveChangesAsync,
            id,
            verwachteVersie,
            new Stapdoel(OppFouten.Onbekend(id), "dit OPP"),
            o => Task.FromResult(stap(o)),
            o => Task.FromResult(OppDto.Van(o, aanroeper)),
            cancellationToken);
    }
}
