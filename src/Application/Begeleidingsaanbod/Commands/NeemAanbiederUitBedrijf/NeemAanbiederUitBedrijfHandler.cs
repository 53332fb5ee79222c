using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Commands.NeemAanbiederUitBedrijf;

public sealed class NeemAanbiederUitBedrijfHandler(IApplicationDbContext db) : ICommandHandler<NeemAanbiederUitBedrijfCommand, Result<AanbiederDto>>
{
    public async ValueTask<Result<AanbiederDto>> Handle(NeemAanbiederUitBedrijfCommand command, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(command.Code, command.VerwachteVersie, a => a.NeemUitBedrijf(command.LaatsteDag!.Value), cancellationToken).ConfigureAwait(false);
}
