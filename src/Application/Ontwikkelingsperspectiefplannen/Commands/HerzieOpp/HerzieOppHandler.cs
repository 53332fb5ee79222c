using Mediator;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.HerzieOpp;

public sealed class HerzieOppHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok) : ICommandHandler<HerzieOppCommand, Result<OppDto>>
{
    public async ValueTask<Result<OppDto>> Handle(HerzieOppCommand command, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(
            aanroeper,
            command.OppId,
            command.VerwachteVersie,
            o => o.Herzie(aanroeper.AlsActor(), klok.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
}
