using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Commands.WijsArrangementAf;

public sealed class WijsArrangementAfHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<WijsArrangementAfCommand, Beslissing, ArrangementDto>
{
    protected override async ValueTask<Result<ArrangementDto>> Handle(WijsArrangementAfCommand command, Beslissing invoer, CancellationToken cancellationToken) =>
        await db.ControleerUniekAsync(invoer.Beschikkingsnummer, cancellationToken).ConfigureAwait(false) is { } bestaat
            ? bestaat
            : await db.VoerUitAsync(
                klok,
                aanroeper,
                command.ArrangementId,
                command.VerwachteVersie,
                a => a.WijsAf(invoer.Beschikkingsnummer, invoer.Besluitdatum, invoer.Motivering, aanroeper.AlsActor(), klok.GetUtcNow()),
                cancellationToken).ConfigureAwait(false);
}
