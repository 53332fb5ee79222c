using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Casuistiek.Commands.WijzigCasus;

public sealed class WijzigCasusHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<WijzigCasusCommand, Casusgegevens, CasusDto>
{
    protected override async ValueTask<Result<CasusDto>> Handle(WijzigCasusCommand command, Casusgegevens invoer, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(aanroeper, command.CasusId, command.VerwachteVersie, async casus =>
        {
            // The vestiging stays: a case moves to another school by bringing it in there.
            var context = await db.VoorVestigingenAsync([casus.Vestiging], [casus.Regio, casus.LokaalNetwerk], klok, cancellationToken).ConfigureAwait(false);
            return casus.Wijzig(invoer.Inbreng, context, invoer.AnoniemBevestigd, aanroeper.AlsActor(), klok.GetUtcNow());
        }, cancellationToken).ConfigureAwait(false);
}
