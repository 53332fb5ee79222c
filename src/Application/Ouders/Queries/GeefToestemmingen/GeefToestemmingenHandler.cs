using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefToestemmingen;

public sealed class GeefToestemmingenHandler(IApplicationDbContext db, TimeProvider klok) : IQueryHandler<GeefToestemmingenQuery, Result<ToestemmingenDto>>
{
    public async ValueTask<Result<ToestemmingenDto>> Handle(GeefToestemmingenQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Leerlingen.AnyAsync(l => l.Id == query.LeerlingId, cancellationToken).ConfigureAwait(false))
        {
            return LeerlingFouten.Onbekend(query.LeerlingId);
        }

        var vandaag = NederlandseTijd.Vandaag(klok);
        var toestemmingen = await Toestemmingen.VanLeerlingAsync(db, query.LeerlingId, vandaag, voorOuder: false, cancellationToken).ConfigureAwait(false);
        var mogelijk = await Toestemmingen.MogelijkAsync(db, query.LeerlingId, vandaag, cancellationToken).ConfigureAwait(false);
        return new ToestemmingenDto(toestemmingen, mogelijk);
    }
}
