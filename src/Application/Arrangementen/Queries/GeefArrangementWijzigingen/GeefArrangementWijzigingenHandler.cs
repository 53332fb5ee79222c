using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementWijzigingen;

public sealed class GeefArrangementWijzigingenHandler(ILeesDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok, ISynctokens tokens)
    : IQueryHandler<GeefArrangementWijzigingenQuery, Result<ArrangementWijzigingenDto>>
{
    public async ValueTask<Result<ArrangementWijzigingenDto>> Handle(GeefArrangementWijzigingenQuery query, CancellationToken cancellationToken)
    {
        var vandaag = NederlandseTijd.Vandaag(klok);
        var wijzigingen = await Syncfeed<ArrangementSync, Arrangement>.WijzigingenAsync<Arrangement, ArrangementDto>(
            query.Token,
            query.PageSize,
            db.Arrangementen.AsNoTracking(),
            a => a,
            async pagina =>
            {
                var leerlingen = await db.LeerlingenVanAsync([.. pagina], cancellationToken).ConfigureAwait(false);
                return pagina.Select(a => ArrangementDto.Van(a, leerlingen[a.LeerlingId], vandaag, aanroeper)).ToList();
            },
            db,
            tokens,
            cancellationToken).ConfigureAwait(false);
        return wijzigingen.Lukt(out var w)
            ? new ArrangementWijzigingenDto(w.Items, w.WijzigingenToken, w.MeerWijzigingen)
            : Result<ArrangementWijzigingenDto>.Mislukt(wijzigingen.Fouten);
    }
}
