using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Commands.NeemAanbiederUitBedrijf;

public sealed class NeemAanbiederUitBedrijfHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper)
    : InvoerHandler<NeemAanbiederUitBedrijfCommand, Beeindiging, AanbiederDto>
{
    protected override async ValueTask<Result<AanbiederDto>> Handle(
        NeemAanbiederUitBedrijfCommand command, Beeindiging invoer, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(
            aanroeper.Registerbeheer(),
            invoer.Code,
            command.VerwachteVersie,
            a => a.NeemUitBedrijf(invoer.LaatsteDag),
            cancellationToken).ConfigureAwait(false);
}
