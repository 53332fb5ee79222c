using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Commands.NeemArrangementInBehandeling;

public sealed class NeemArrangementInBehandelingHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<NeemArrangementInBehandelingCommand, Result<ArrangementDto>>
{
    public async ValueTask<Result<ArrangementDto>> Handle(NeemArrangementInBehandelingCommand command, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(
            klok,
            aanroeper,
            command.ArrangementId,
            command.VerwachteVersie,
            a => a.NeemInBehandeling(aanroeper.AlsActor(), klok.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
}
