using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.EvalueerOpp;

public sealed class EvalueerOppHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok) : InvoerHandler<EvalueerOppCommand, OppEvaluatieInvoer, OppDto>
{
    protected override async ValueTask<Result<OppDto>> Handle(EvalueerOppCommand command, OppEvaluatieInvoer invoer, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(
            aanroeper,
            command.OppId,
            command.VerwachteVersie,
            o => o.Evalueer(invoer.Datum, invoer.Deelnemers, invoer.Doelen, invoer.Conclusie, invoer.NieuweVersie, aanroeper.AlsActor(), klok.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
}
