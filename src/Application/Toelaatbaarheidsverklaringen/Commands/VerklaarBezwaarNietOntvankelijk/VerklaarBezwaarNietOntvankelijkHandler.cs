using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Beleid;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.VerklaarBezwaarNietOntvankelijk;

public sealed class VerklaarBezwaarNietOntvankelijkHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<VerklaarBezwaarNietOntvankelijkCommand, NietOntvankelijkheid, TlvDto>
{
    protected override async ValueTask<Result<TlvDto>> Handle(VerklaarBezwaarNietOntvankelijkCommand command, NietOntvankelijkheid invoer, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(aanroeper, command.TlvId, command.VerwachteVersie, t => t.VerklaarNietOntvankelijk(invoer.Reden, invoer.Op, aanroeper.AlsActor(), klok.GetUtcNow()), cancellationToken).ConfigureAwait(false);
}
