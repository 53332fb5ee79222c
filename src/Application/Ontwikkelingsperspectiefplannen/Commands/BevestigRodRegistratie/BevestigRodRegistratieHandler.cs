using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.BevestigRodRegistratie;

public sealed class BevestigRodRegistratieHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok) : InvoerHandler<BevestigRodRegistratieCommand, RodRegistratieInvoer, OppDto>
{
    protected override async ValueTask<Result<OppDto>> Handle(BevestigRodRegistratieCommand command, RodRegistratieInvoer invoer, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(
            aanroeper,
            command.OppId,
            command.VerwachteVersie,
            o => o.BevestigRodRegistratie(invoer.Onderdeel, invoer.GeregistreerdOp, aanroeper.AlsActor(), klok.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
}
