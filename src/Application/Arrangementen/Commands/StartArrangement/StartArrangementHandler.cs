using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Commands.StartArrangement;

public sealed class StartArrangementHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<StartArrangementCommand, DateOnly, ArrangementDto>
{
    protected override async ValueTask<Result<ArrangementDto>> Handle(StartArrangementCommand command, DateOnly startdatum, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(
            klok,
            aanroeper,
            command.ArrangementId,
            command.VerwachteVersie,
            a => a.Start(startdatum, aanroeper.AlsActor(), klok.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
}
