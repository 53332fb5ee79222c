using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Commands.BeeindigAanbod;

public sealed class BeeindigAanbodHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper)
    : InvoerHandler<BeeindigAanbodCommand, Beeindiging, AanbiederDto>
{
    protected override async ValueTask<Result<AanbiederDto>> Handle(BeeindigAanbodCommand command, Beeindiging invoer, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(
            aanroeper.Registerbeheer(),
            invoer.Code,
            command.VerwachteVersie,
            a => a.BeeindigAanbod(command.AanbodId, invoer.LaatsteDag),
            cancellationToken).ConfigureAwait(false);
}
