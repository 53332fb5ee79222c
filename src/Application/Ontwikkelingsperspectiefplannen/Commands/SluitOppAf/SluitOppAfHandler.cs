using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.SluitOppAf;

public sealed class SluitOppAfHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok) : InvoerHandler<SluitOppAfCommand, AfsluitingInvoer, OppDto>
{
    protected override async ValueTask<Result<OppDto>> Handle(SluitOppAfCommand command, AfsluitingInvoer invoer, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(
            aanroeper,
            command.OppId,
            command.VerwachteVersie,
            o => o.SluitAf(invoer.Einddatum, invoer.Reden, aanroeper.AlsActor(), klok.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
}
