using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementWijzigingen;

public sealed class GeefArrangementWijzigingenHandler(IApplicationDbContext db, TimeProvider klok)
    : IQueryHandler<GeefArrangementWijzigingenQuery, Result<ArrangementWijzigingenDto>>
{
    public async ValueTask<Result<ArrangementWijzigingenDto>> Handle(GeefArrangementWijzigingenQuery query, CancellationToken cancellationToken)
    {
        var token = ArrangementToken.Lees(query.Token)!;
        var grootte = query.PageSize ?? ArrangementSync.StandaardPageSize;
        var rijen = await db.Arrangementen.AsNoTracking()
            .Where(a => a.Versie > token.Vanaf)
            .Join(db.LeerlingenVanArrangementen(), a => a.LeerlingId, l => l.Id, (a, l) => new { Arrangement = a, Leerling = l })
            .OrderBy(r => r.Arrangement.Versie)
            .Take(grootte + 1)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var pagina = rijen.Take(grootte).ToList();
        var vandaag = NederlandseTijd.Vandaag(klok);
        return new ArrangementWijzigingenDto(
            pagina.Select(r => ArrangementDto.Van(r.Arrangement, r.Leerling, vandaag)).ToList(),
            new ArrangementToken(pagina.Count > 0 ? pagina[^1].Arrangement.Versie : token.Vanaf).Maak(),
            rijen.Count > grootte);
    }
}
