using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Commands.BeantwoordVraag;

public sealed class BeantwoordVraagHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<BeantwoordVraagCommand, Result<ArrangementDto>>
{
    public async ValueTask<Result<ArrangementDto>> Handle(BeantwoordVraagCommand command, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(
            klok,
            aanroeper,
            command.ArrangementId,
            command.VerwachteVersie,
            a => a.BeantwoordVraag(command.Antwoord, aanroeper.AlsActor(), klok.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
}
