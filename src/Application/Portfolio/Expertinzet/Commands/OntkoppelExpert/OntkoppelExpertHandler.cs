using Mediator;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.OntkoppelExpert;

public sealed class OntkoppelExpertHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<OntkoppelExpertCommand, Result<ExpertinzetDto>>
{
    public async ValueTask<Result<ExpertinzetDto>> Handle(OntkoppelExpertCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var door = aanroeper.AlsActor();
        return await db.VoerUitAsync(aanroeper, command.ExpertinzetId, command.VerwachteVersie, async i =>
        {
            var betrokkeneId = i.BetrokkeneId;
            var uitkomst = i.Ontkoppel(command.Reden, door, klok.GetUtcNow());
            if (uitkomst.IsGelukt)
            {
                await db.BeeindigBetrokkenheidAsync(betrokkeneId, door, klok, cancellationToken).ConfigureAwait(false);
            }

            return uitkomst;
        }, cancellationToken).ConfigureAwait(false);
    }
}
