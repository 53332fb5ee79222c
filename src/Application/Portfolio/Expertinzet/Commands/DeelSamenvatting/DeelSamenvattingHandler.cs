using Mediator;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.DeelSamenvatting;

public sealed class DeelSamenvattingHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<DeelSamenvattingCommand, Result<ExpertinzetDto>>
{
    public async ValueTask<Result<ExpertinzetDto>> Handle(DeelSamenvattingCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var v = command.Verzoek;
        return await db.VoerUitAsync(
            aanroeper, command.ExpertinzetId, command.VerwachteVersie,
            i => i.DeelSamenvatting(v.Conclusies, v.Aanbevelingen, v.HandelingsgerichteDiagnostiek ?? false, aanroeper.AlsActor(), klok.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
    }
}
