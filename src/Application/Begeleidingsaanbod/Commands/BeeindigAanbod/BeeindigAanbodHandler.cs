using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Commands.BeeindigAanbod;

public sealed class BeeindigAanbodHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper) : ICommandHandler<BeeindigAanbodCommand, Result<AanbiederDto>>
{
    public async ValueTask<Result<AanbiederDto>> Handle(BeeindigAanbodCommand command, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(aanroeper.Registerbeheer(), 
            command.Code,
            command.VerwachteVersie,
            a => a.BeeindigAanbod(command.AanbodId, command.LaatsteDag!.Value),
            cancellationToken).ConfigureAwait(false);
}
