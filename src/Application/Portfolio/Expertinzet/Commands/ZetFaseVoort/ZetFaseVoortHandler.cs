using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.ZetFaseVoort;

public sealed class ZetFaseVoortHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<ZetFaseVoortCommand, ExpertinzetStap, ExpertinzetDto>
{
    protected override async ValueTask<Result<ExpertinzetDto>> Handle(ZetFaseVoortCommand command, ExpertinzetStap stap, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(aanroeper, command.ExpertinzetId, command.VerwachteVersie, i => i.NaarFase(stap, aanroeper.AlsActor(), klok.GetUtcNow()), cancellationToken)
            .ConfigureAwait(false);
}
