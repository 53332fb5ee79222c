using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Domain.Aanmeldingen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Aanmeldingen;

/// <summary>A step in an aanmelding's lifecycle, taken in the shape every lifecycle step has (<see cref="Stapuitvoering"/>).</summary>
internal static class AanmeldingWijziging
{
    public static Task<Result<AanmeldingDto>> VoerUitAsync(
        this IApplicationDbContext db,
        IHuidigeGebruiker aanroeper,
        TimeProvider klok,
        Guid id,
        long? verwachteVersie,
        Func<Aanmelding, Task<Result<Aanmelding>>> stap,
        CancellationToken cancellationToken) =>
        db.Aanmeldingen.VoerStapUitAsync(
            db.SaveChangesAsync,
            id,
            verwachteVersie,
            new Stapdoel(AanmeldingFouten.Onbekend(id), "deze aanmelding"),
            stap,
            a => Task.FromResult(AanmeldingDto.Van(a, aanroeper, klok)),
            cancellationToken);
}
