using Mediator;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.TrekUrenIn;

public sealed class TrekUrenInHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<TrekUrenInCommand, Result<ExpertinzetDto>>
{
    public async ValueTask<Result<ExpertinzetDto>> Handle(TrekUrenInCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return await db.VoerUitAsync(
            aanroeper, command.ExpertinzetId, command.VerwachteVersie, i => i.TrekUrenIn(command.RegistratieId, aanroeper.AlsActor(), klok.GetUtcNow()), cancellationToken)
            .ConfigureAwait(false);
    }
}
