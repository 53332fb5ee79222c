using Mediator;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.VerschoonTermijnoverschrijding;

public sealed class VerschoonTermijnoverschrijdingHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok) : ICommandHandler<VerschoonTermijnoverschrijdingCommand, Result<TlvDto>>
{
    public async ValueTask<Result<TlvDto>> Handle(VerschoonTermijnoverschrijdingCommand command, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(aanroeper, command.TlvId, command.VerwachteVersie, t => t.Verschoon(command.Reden, aanroeper.AlsActor(), klok.GetUtcNow()), cancellationToken).ConfigureAwait(false);
}
