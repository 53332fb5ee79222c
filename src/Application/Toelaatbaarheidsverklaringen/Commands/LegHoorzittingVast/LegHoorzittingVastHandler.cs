using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.LegHoorzittingVast;

public sealed class LegHoorzittingVastHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<LegHoorzittingVastCommand, Hoorzitting, TlvDto>
{
    protected override async ValueTask<Result<TlvDto>> Handle(LegHoorzittingVastCommand command, Hoorzitting invoer, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(aanroeper, command.TlvId, command.VerwachteVersie, t => t.LegHoorzittingVast(invoer.Op, invoer.Verslag, aanroeper.AlsActor(), klok.GetUtcNow()), cancellationToken).ConfigureAwait(false);
}
