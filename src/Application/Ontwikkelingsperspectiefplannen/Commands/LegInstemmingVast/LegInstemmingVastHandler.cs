using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.LegInstemmingVast;

public sealed class LegInstemmingVastHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok) : InvoerHandler<LegInstemmingVastCommand, InstemmingInvoer, OppDto>
{
    protected override async ValueTask<Result<OppDto>> Handle(LegInstemmingVastCommand command, InstemmingInvoer invoer, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(
            aanroeper,
            command.OppId,
            command.VerwachteVersie,
            o => o.LegInstemmingVast(invoer.Versienummer, invoer.Gegeven, invoer.Datum, invoer.Ouder, invoer.Wijze, invoer.Reden, aanroeper.AlsActor(), klok.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
}
