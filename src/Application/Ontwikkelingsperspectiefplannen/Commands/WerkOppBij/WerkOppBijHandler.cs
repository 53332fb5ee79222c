using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.WerkOppBij;

public sealed class WerkOppBijHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok) : InvoerHandler<WerkOppBijCommand, OppInhoud, OppDto>
{
    protected override async ValueTask<Result<OppDto>> Handle(WerkOppBijCommand command, OppInhoud invoer, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(
            aanroeper,
            command.OppId,
            command.VerwachteVersie,
            o => o.WerkBij(invoer, aanroeper.AlsActor(), klok.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
}
