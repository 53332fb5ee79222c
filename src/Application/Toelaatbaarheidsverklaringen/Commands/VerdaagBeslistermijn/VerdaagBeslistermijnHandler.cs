using Mediator;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.VerdaagBeslistermijn;

public sealed class VerdaagBeslistermijnHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok) : ICommandHandler<VerdaagBeslistermijnCommand, Result<TlvDto>>
{
    public async ValueTask<Result<TlvDto>> Handle(VerdaagBeslistermijnCommand command, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(aanroeper, command.TlvId, command.VerwachteVersie, t => t.Verdaag(command.Reden, aanroeper.AlsActor(), klok.GetUtcNow()), cancellationToken).ConfigureAwait(false);
}
