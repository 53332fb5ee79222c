using PassendOnderwijs.Application.Beleid;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Commands.EvalueerArrangement;

public sealed class EvalueerArrangementHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<EvalueerArrangementCommand, Evaluatieinvoer, ArrangementDto>
{
    protected override async ValueTask<Result<ArrangementDto>> Handle(EvalueerArrangementCommand command, Evaluatieinvoer invoer, CancellationToken cancellationToken)
    {
        // The evaluation term in force on the evaluation's date sets the next one.
        var termijnen = await db.ArrangementtermijnenOpAsync(invoer.Datum, cancellationToken).ConfigureAwait(false);
        return await db.VoerUitAsync(
            klok,
            aanroeper,
            command.ArrangementId,
            command.VerwachteVersie,
            a => a.Evalueer(invoer.Datum, invoer.Doelen, invoer.Conclusie, invoer.Vervolg, termijnen, aanroeper.AlsActor(), klok.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
    }
}
