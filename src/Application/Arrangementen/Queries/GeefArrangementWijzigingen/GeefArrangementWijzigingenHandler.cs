using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementWijzigingen;

public sealed class GeefArrangementWijzigingenHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok, ISynctokens tokens)
    : IQueryHandler<GeefArrangementWijzigingenQuery, Result<ArrangementWijzigingenDto>>
{
    public async ValueTask<Result<ArrangementWijzigingenDto>> Handle(GeefArrangementWijzigingenQuery query, CancellationToken cancellationToken)
    {
        var gelezen = await Syncfeed<ArrangementSync, Arrangement>.LeesTokenAsync(query.Token, db, tokens, cancellationToken).ConfigureAwait(false);
        if (!gelezen.Lukt(out var token))
        {
            return Result<ArrangementWijzigingenDto>.Mislukt(gelezen.Fouten);
        }

        var grootte = query.PageSize ?? Syncfeed.StandaardPageSize;
        var rijen = await Syncfeed<ArrangementSync, Arrangement>.Wijzigingen(db.Arrangementen.AsNoTracking(), token, grootte)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var pagina = rijen.Take(grootte).ToList();
        var leerlingen = await db.LeerlingenVanAsync(pagina, cancellationToken).ConfigureAwait(false);
        var vandaag = NederlandseTijd.Vandaag(klok);
        return new ArrangementWijzigingenDto(
            pagina.Select(a => ArrangementDto.Van(a, leerlingen[a.LeerlingId], vandaag, aanroeper)).ToList(),
            await tokens.MaakAsync(Syncfeed<ArrangementSync, Arrangement>.Na(token, pagina.Select(a => a.Versie)), cancellationToken).ConfigureAwait(false),
            rijen.Count > grootte);
    }
}
