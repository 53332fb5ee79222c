using Mediator;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Middelen.Commands.StuurVerantwoordingTerug;

public sealed class StuurVerantwoordingTerugHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<StuurVerantwoordingTerugCommand, Result<VerantwoordingDto>>
{
    public async ValueTask<Result<VerantwoordingDto>> Handle(StuurVerantwoordingTerugCommand command, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(aanroeper, command.Id, command.VerwachteVersie,
            v => Task.FromResult(v.StuurTerug(command.Reden, aanroeper.AlsActor(), klok.GetUtcNow())), cancellationToken).ConfigureAwait(false);
}
