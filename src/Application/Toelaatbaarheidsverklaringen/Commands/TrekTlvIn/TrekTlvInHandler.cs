using Mediator;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.TrekTlvIn;

public sealed class TrekTlvInHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok) : ICommandHandler<TrekTlvInCommand, Result<TlvDto>>
{
    public async ValueTask<Result<TlvDto>> Handle(TrekTlvInCommand command, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(aanroeper, command.TlvId, command.VerwachteVersie, t => t.TrekIn(command.Reden, aanroeper.AlsActor(), klok.GetUtcNow()), cancellationToken)
            .ConfigureAwait(false);
}
