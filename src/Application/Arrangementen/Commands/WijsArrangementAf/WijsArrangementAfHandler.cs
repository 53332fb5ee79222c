using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Commands.WijsArrangementAf;

public sealed class WijsArrangementAfHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<WijsArrangementAfCommand, Result<ArrangementDto>>
{
    public async ValueTask<Result<ArrangementDto>> Handle(WijsArrangementAfCommand command, CancellationToken cancellationToken) =>
        await db.ControleerUniekAsync(command.Beschikkingsnummer, cancellationToken).ConfigureAwait(false) is { } bestaat
            ? bestaat
            : await db.VoerUitAsync(
                klok,
                aanroeper,
                command.ArrangementId,
                command.VerwachteVersie,
                a => a.WijsAf(command.Beschikkingsnummer, command.Besluitdatum!.Value, command.Reden, aanroeper.AlsActor(), klok.GetUtcNow()),
                cancellationToken).ConfigureAwait(false);
}
