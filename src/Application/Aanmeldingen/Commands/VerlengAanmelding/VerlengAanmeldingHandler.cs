using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Aanmeldingen.Commands.VerlengAanmelding;

public sealed class VerlengAanmeldingHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<VerlengAanmeldingCommand, VerlengingInvoer, AanmeldingDto>
{
    protected override async ValueTask<Result<AanmeldingDto>> Handle(VerlengAanmeldingCommand command, VerlengingInvoer invoer, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(
            aanroeper, klok, command.AanmeldingId, command.VerwachteVersie,
            a => Task.FromResult(a.Verleng(invoer.Reden, invoer.OudersGeinformeerdOp, aanroeper.AlsActor(), klok.GetUtcNow())),
            cancellationToken).ConfigureAwait(false);
}
