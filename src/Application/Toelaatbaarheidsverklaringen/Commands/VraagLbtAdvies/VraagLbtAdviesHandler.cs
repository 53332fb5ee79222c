using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.VraagLbtAdvies;

public sealed class VraagLbtAdviesHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<VraagLbtAdviesCommand, LbtAdviesaanvraag, TlvDto>
{
    protected override async ValueTask<Result<TlvDto>> Handle(VraagLbtAdviesCommand command, LbtAdviesaanvraag invoer, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(aanroeper, command.TlvId, command.VerwachteVersie, t => t.VraagLbtAdvies(invoer.VerzondenOp, invoer.Stukken, aanroeper.AlsActor(), klok.GetUtcNow()), cancellationToken).ConfigureAwait(false);
}
