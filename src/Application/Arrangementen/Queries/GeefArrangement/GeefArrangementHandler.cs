using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangement;

public sealed class GeefArrangementHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok) : IQueryHandler<GeefArrangementQuery, Result<ArrangementDto>>
{
    public async ValueTask<Result<ArrangementDto>> Handle(GeefArrangementQuery query, CancellationToken cancellationToken)
    {
        var arrangement = await db.Arrangementen.AsNoTracking().FirstOrDefaultAsync(a => a.Id == query.ArrangementId, cancellationToken).ConfigureAwait(false);
        if (arrangement is null)
        {
            return ArrangementFouten.Onbekend(query.ArrangementId);
        }

        var leerling = await db.LeerlingVanAsync(arrangement, cancellationToken).ConfigureAwait(false);
        return ArrangementDto.Van(arrangement, leerling, NederlandseTijd.Vandaag(klok), aanroeper);
    }
}
