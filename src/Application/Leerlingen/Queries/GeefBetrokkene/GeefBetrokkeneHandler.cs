using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Leerlingen.Queries.GeefBetrokkene;

public sealed class GeefBetrokkeneHandler(IApplicationDbContext db, TimeProvider klok) : IQueryHandler<GeefBetrokkeneQuery, Result<BetrokkeneDto>>
{
    public async ValueTask<Result<BetrokkeneDto>> Handle(GeefBetrokkeneQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Leerlingen.AnyAsync(l => l.Id == query.LeerlingId, cancellationToken).ConfigureAwait(false))
        {
            return LeerlingFouten.Onbekend(query.LeerlingId);
        }

        var betrokkene = await db.Betrokkenen.AsNoTracking()
            .FirstOrDefaultAsync(b => b.Id == query.BetrokkeneId && b.LeerlingId == query.LeerlingId, cancellationToken).ConfigureAwait(false);
        return betrokkene is null ? BetrokkeneFouten.Onbekend(query.BetrokkeneId) : BetrokkeneDto.Van(betrokkene, NederlandseTijd.Vandaag(klok));
    }
}
