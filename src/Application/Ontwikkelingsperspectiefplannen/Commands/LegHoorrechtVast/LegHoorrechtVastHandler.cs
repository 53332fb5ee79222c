using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.LegHoorrechtVast;

public sealed class LegHoorrechtVastHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok) : InvoerHandler<LegHoorrechtVastCommand, HoorrechtInvoer, OppDto>
{
    protected override async ValueTask<Result<OppDto>> Handle(LegHoorrechtVastCommand command, HoorrechtInvoer invoer, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(
            aanroeper,
            command.OppId,
            command.VerwachteVersie,
            o => o.LegHoorrechtVast(invoer.Gehoord, invoer.Datum, invoer.Toelichting, aanroeper.AlsActor(), klok.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
}
