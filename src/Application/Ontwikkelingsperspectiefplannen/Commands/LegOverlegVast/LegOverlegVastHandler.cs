using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.LegOverlegVast;

public sealed class LegOverlegVastHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok) : InvoerHandler<LegOverlegVastCommand, OverlegInvoer, OppDto>
{
    protected override async ValueTask<Result<OppDto>> Handle(LegOverlegVastCommand command, OverlegInvoer invoer, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(
            aanroeper,
            command.OppId,
            command.VerwachteVersie,
            o => o.LegOverlegVast(invoer.Datum, invoer.Deelnemers, invoer.Uitkomst, aanroeper.AlsActor(), klok.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
}
