using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Beleid;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.BeslisOpBezwaar;

public sealed class BeslisOpBezwaarHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<BeslisOpBezwaarCommand, BeslissingOpBezwaar, TlvDto>
{
    protected override async ValueTask<Result<TlvDto>> Handle(BeslisOpBezwaarCommand command, BeslissingOpBezwaar invoer, CancellationToken cancellationToken) =>
        await db.ControleerBeschikkingsnummerAsync(invoer.Wijziging?.Beschikkingsnummer, command.TlvId, cancellationToken).ConfigureAwait(false) is { } bestaat
            ? bestaat
            : await db.VoerUitAsync(
                aanroeper,
                command.TlvId,
                command.VerwachteVersie,
                async t => t.BeslisOpBezwaar(
                    invoer.Afloop,
                    invoer.Op,
                    invoer.Motivering,
                    invoer.AfwijkingVanLbtAdvies,
                    invoer.Wijziging,
                    await db.BeleidOpAsync(t.Samenwerkingsverband, invoer.Wijziging?.Besluitdatum ?? invoer.Op, cancellationToken).ConfigureAwait(false),
                    aanroeper.AlsActor(),
                    klok.GetUtcNow()),
                cancellationToken).ConfigureAwait(false);
}
