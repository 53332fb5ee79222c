using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.MaakTlvBekend;

public sealed class MaakTlvBekendHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<MaakTlvBekendCommand, DateOnly, TlvDto>
{
    protected override async ValueTask<Result<TlvDto>> Handle(MaakTlvBekendCommand command, DateOnly invoer, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(aanroeper, command.TlvId, command.VerwachteVersie, t => t.MaakBekend(invoer, aanroeper.AlsActor(), klok.GetUtcNow()), cancellationToken)
            .ConfigureAwait(false);
}
