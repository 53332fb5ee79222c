using Mediator;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Middelen.Commands.DienVerantwoordingIn;

public sealed class DienVerantwoordingInHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<DienVerantwoordingInCommand, Result<VerantwoordingDto>>
{
    public async ValueTask<Result<VerantwoordingDto>> Handle(DienVerantwoordingInCommand command, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(aanroeper, command.Id, command.VerwachteVersie,
            v => Task.FromResult(v.DienIn(NederlandseTijd.Vandaag(klok), aanroeper.AlsActor(), klok.GetUtcNow())), cancellationToken).ConfigureAwait(false);
}
