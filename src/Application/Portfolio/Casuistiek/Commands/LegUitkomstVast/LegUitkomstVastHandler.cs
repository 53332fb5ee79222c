using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Casuistiek;

namespace PassendOnderwijs.Application.Portfolio.Casuistiek.Commands.LegUitkomstVast;

public sealed class LegUitkomstVastHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<LegUitkomstVastCommand, Uitkomstgegevens, CasusDto>
{
    protected override async ValueTask<Result<CasusDto>> Handle(LegUitkomstVastCommand command, Uitkomstgegevens invoer, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(aanroeper, command.CasusId, command.VerwachteVersie, async casus =>
        {
            // An advice names an aanbieder of the register, or none.
            if (invoer.Invoer.Aanbieder is { } code
                && !await db.Onderwijsbegeleidingsaanbieders.AnyAsync(a => a.Code == code, cancellationToken).ConfigureAwait(false))
            {
                return Result<Casus>.Mislukt(Fout.RegelGeschonden("aanbieder-onbekend", "Deze aanbieder staat niet in het register.", "aanbieder"));
            }

            var context = await db.VoorVestigingenAsync([casus.Vestiging], [casus.Regio, casus.LokaalNetwerk], klok, cancellationToken).ConfigureAwait(false);
            return casus.LegUitkomstVast(invoer.Invoer, context, invoer.AnoniemBevestigd, aanroeper.AlsActor(), klok.GetUtcNow());
        }, cancellationToken).ConfigureAwait(false);
}
