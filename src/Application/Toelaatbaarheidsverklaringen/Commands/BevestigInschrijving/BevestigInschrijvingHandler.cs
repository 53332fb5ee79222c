using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.BevestigInschrijving;

public sealed class BevestigInschrijvingHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<BevestigInschrijvingCommand, DateOnly, TlvDto>
{
    protected override async ValueTask<Result<TlvDto>> Handle(BevestigInschrijvingCommand command, DateOnly invoer, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(aanroeper, command.TlvId, command.VerwachteVersie, t => t.BevestigInschrijving(invoer, aanroeper.AlsActor(), klok.GetUtcNow()), cancellationToken).ConfigureAwait(false);
}
