using PassendOnderwijs.Application.Beleid;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Commands.StartArrangement;

public sealed class StartArrangementHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<StartArrangementCommand, DateOnly, ArrangementDto>
{
    protected override async ValueTask<Result<ArrangementDto>> Handle(StartArrangementCommand command, DateOnly startdatum, CancellationToken cancellationToken)
    {
        // The evaluation term in force on the start date sets the first evaluation.
        var termijnen = await db.ArrangementtermijnenOpAsync(startdatum, cancellationToken).ConfigureAwait(false);
        return await db.VoerUitAsync(
            klok,
            aanroeper,
            command.ArrangementId,
            command.VerwachteVersie,
            a => a.Start(startdatum, termijnen, aanroeper.AlsActor(), klok.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
    }
}
