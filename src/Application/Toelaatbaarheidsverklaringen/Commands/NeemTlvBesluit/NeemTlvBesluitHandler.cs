using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Beleid;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.NeemTlvBesluit;

public sealed class NeemTlvBesluitHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<NeemTlvBesluitCommand, Besluitvoorstel, TlvDto>
{
    protected override async ValueTask<Result<TlvDto>> Handle(NeemTlvBesluitCommand command, Besluitvoorstel invoer, CancellationToken cancellationToken) =>
        await db.ControleerBeschikkingsnummerAsync(invoer.Beschikkingsnummer, command.TlvId, cancellationToken).ConfigureAwait(false) is { } bestaat
            ? bestaat
            : await db.VoerUitAsync(
                aanroeper,
                command.TlvId,
                command.VerwachteVersie,
                async t => t.Beslis(
                    invoer,
                    await db.BeleidOpAsync(t.Samenwerkingsverband, invoer.Besluitdatum, cancellationToken).ConfigureAwait(false),
                    aanroeper.AlsActor(),
                    klok.GetUtcNow()),
                cancellationToken).ConfigureAwait(false);
}
