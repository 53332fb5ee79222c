using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Commands.KenArrangementToe;

public sealed class KenArrangementToeHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<KenArrangementToeCommand, Beslissing, ArrangementDto>
{
    protected override async ValueTask<Result<ArrangementDto>> Handle(KenArrangementToeCommand command, Beslissing invoer, CancellationToken cancellationToken) =>
        await db.ControleerUniekAsync(invoer.Beschikkingsnummer, cancellationToken).ConfigureAwait(false) is { } bestaat
            ? bestaat
            : await db.VoerUitAsync(
                klok,
                aanroeper,
                command.ArrangementId,
                command.VerwachteVersie,
                a => a.KenToe(invoer.Beschikkingsnummer, invoer.Besluitdatum, invoer.Motivering, aanroeper.AlsActor(), klok.GetUtcNow()),
                cancellationToken).ConfigureAwait(false);
}
