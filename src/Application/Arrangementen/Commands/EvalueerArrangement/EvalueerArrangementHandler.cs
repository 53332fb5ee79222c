using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Commands.EvalueerArrangement;

public sealed class EvalueerArrangementHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<EvalueerArrangementCommand, Result<ArrangementDto>>
{
    public async ValueTask<Result<ArrangementDto>> Handle(EvalueerArrangementCommand command, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(
            klok,
            aanroeper,
            command.ArrangementId,
            command.VerwachteVersie,
            a => a.Evalueer(
                command.Datum!.Value,
                command.Doelen!.Select(d => new Doelresultaat(d!.Doel!.Value, d.Behaald!.Value, d.Toelichting)).ToList(),
                command.Conclusie,
                VervolgCodes.Lijst.Zoek(command.Vervolg)!.Value,
                aanroeper.AlsActor(),
                klok.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
}
