using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Commands.WijzigContactgegevens;

public sealed class WijzigContactgegevensHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper)
    : InvoerHandler<WijzigContactgegevensCommand, Contactgegevens, AanbiederDto>
{
    protected override async ValueTask<Result<AanbiederDto>> Handle(
        WijzigContactgegevensCommand command, Contactgegevens invoer, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(
            aanroeper.Registerbeheer(),
            invoer.Code,
            command.VerwachteVersie,
            a => a.WijzigContactgegevens(invoer.Communicatiecontexten),
            cancellationToken).ConfigureAwait(false);
}
