using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Commands.KenArrangementToe;

public sealed class KenArrangementToeHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<KenArrangementToeCommand, Result<ArrangementDto>>
{
    public async ValueTask<Result<ArrangementDto>> Handle(KenArrangementToeCommand command, CancellationToken cancellationToken) =>
        await db.ControleerUniekAsync(command.Beschikkingsnummer, cancellationToken).ConfigureAwait(false) is { } bestaat
            ? bestaat
            : await db.VoerUitAsync(
                klok,
                aanroeper,
                command.ArrangementId,
                command.VerwachteVersie,
                a => a.KenToe(command.Beschikkingsnummer, command.Besluitdatum!.Value, command.Motivering, aanroeper.AlsActor(), klok.GetUtcNow()),
                cancellationToken).ConfigureAwait(false);
}
