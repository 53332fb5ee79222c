using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Commands.WijzigContactgegevens;

public sealed class WijzigContactgegevensHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper) : ICommandHandler<WijzigContactgegevensCommand, Result<AanbiederDto>>
{
    public async ValueTask<Result<AanbiederDto>> Handle(WijzigContactgegevensCommand command, CancellationToken cancellationToken)
    {
        var contexten = AanbiederInvoer.Contexten(command.Communicatiecontexten);
        return await db.VoerUitAsync(aanroeper.Registerbeheer(), command.Code, command.VerwachteVersie, a => a.WijzigContactgegevens(contexten), cancellationToken).ConfigureAwait(false);
    }
}
