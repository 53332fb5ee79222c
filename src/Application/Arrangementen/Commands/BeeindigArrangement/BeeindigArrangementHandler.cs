using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Commands.BeeindigArrangement;

public sealed class BeeindigArrangementHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<BeeindigArrangementCommand, Beeindiging, ArrangementDto>
{
    protected override async ValueTask<Result<ArrangementDto>> Handle(BeeindigArrangementCommand command, Beeindiging invoer, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(
            klok,
            aanroeper,
            command.ArrangementId,
            command.VerwachteVersie,
            a => a.Beeindig(invoer.Einddatum, invoer.Reden, aanroeper.AlsActor(), klok.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
}
