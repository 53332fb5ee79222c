using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Commands.BeeindigArrangement;

public sealed class BeeindigArrangementHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<BeeindigArrangementCommand, Result<ArrangementDto>>
{
    public async ValueTask<Result<ArrangementDto>> Handle(BeeindigArrangementCommand command, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(
            klok,
            aanroeper,
            command.ArrangementId,
            command.VerwachteVersie,
            a => a.Beeindig(command.Einddatum!.Value, command.Reden, aanroeper.AlsActor(), klok.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
}
