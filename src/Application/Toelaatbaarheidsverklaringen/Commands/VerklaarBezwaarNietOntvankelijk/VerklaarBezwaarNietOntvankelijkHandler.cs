using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.VerklaarBezwaarNietOntvankelijk;

public sealed class VerklaarBezwaarNietOntvankelijkHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<VerklaarBezwaarNietOntvankelijkCommand, NietOntvankelijkheid, TlvDto>
{
    protected override async ValueTask<Result<TlvDto>> Handle(VerklaarBezwaarNietOntvankelijkCommand command, NietOntvankelijkheid invoer, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(aanroeper, command.TlvId, command.VerwachteVersie, t => t.VerklaarNietOntvankelijk(invoer.Reden, invoer.Op, aanroeper.AlsActor(), klok.GetUtcNow()), cancellationToken).ConfigureAwait(false);
}
