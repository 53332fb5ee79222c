using Mediator;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.VoegFasenotitieToe;

public sealed class VoegFasenotitieToeHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<VoegFasenotitieToeCommand, Result<ExpertinzetDto>>
{
    public async ValueTask<Result<ExpertinzetDto>> Handle(VoegFasenotitieToeCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return await db.VoerUitAsync(
            aanroeper, command.ExpertinzetId, command.VerwachteVersie, i => i.VoegNotitieToe(command.Tekst, aanroeper.AlsActor(), klok.GetUtcNow()), cancellationToken)
            .ConfigureAwait(false);
    }
}
