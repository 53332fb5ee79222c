using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.LegLbtAdviesVast;

public sealed class LegLbtAdviesVastHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<LegLbtAdviesVastCommand, LbtAdviesInvoer, TlvDto>
{
    protected override async ValueTask<Result<TlvDto>> Handle(LegLbtAdviesVastCommand command, LbtAdviesInvoer invoer, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(aanroeper, command.TlvId, command.VerwachteVersie, t => t.LegLbtAdviesVast(invoer.Oordeel, invoer.Op, aanroeper.AlsActor(), klok.GetUtcNow()), cancellationToken).ConfigureAwait(false);
}
