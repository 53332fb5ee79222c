using Mediator;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Middelen.Commands.LegBesprekingVast;

public sealed class LegBesprekingVastHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<LegBesprekingVastCommand, Result<VerantwoordingDto>>
{
    public async ValueTask<Result<VerantwoordingDto>> Handle(LegBesprekingVastCommand command, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(aanroeper, command.Id, command.VerwachteVersie,
            v => Task.FromResult(v.LegBesprekingVast(command.Datum, command.Notitie, NederlandseTijd.Vandaag(klok), aanroeper.AlsActor(), klok.GetUtcNow())),
            cancellationToken).ConfigureAwait(false);
}
