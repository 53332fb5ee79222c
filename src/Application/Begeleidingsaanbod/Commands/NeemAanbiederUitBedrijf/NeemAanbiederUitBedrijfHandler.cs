using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Commands.NeemAanbiederUitBedrijf;

public sealed class NeemAanbiederUitBedrijfHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper) : ICommandHandler<NeemAanbiederUitBedrijfCommand, Result<AanbiederDto>>
{
    public async ValueTask<Result<AanbiederDto>> Handle(NeemAanbiederUitBedrijfCommand command, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(aanroeper.Registerbeheer(), command.Code, command.VerwachteVersie, a => a.NeemUitBedrijf(command.LaatsteDag!.Value), cancellationToken).ConfigureAwait(false);
}
