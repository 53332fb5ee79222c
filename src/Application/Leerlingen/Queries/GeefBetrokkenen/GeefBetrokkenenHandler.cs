using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Leerlingen.Queries.GeefBetrokkenen;

public sealed class GeefBetrokkenenHandler(IApplicationDbContext db, TimeProvider klok) : IQueryHandler<GeefBetrokkenenQuery, Result<BetrokkenenDto>>
{
    public async ValueTask<Result<BetrokkenenDto>> Handle(GeefBetrokkenenQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Leerlingen.AnyAsync(l => l.Id == query.LeerlingId, cancellationToken).ConfigureAwait(false))
        {
            return LeerlingFouten.Onbekend(query.LeerlingId);
        }

        var vandaag = NederlandseTijd.Vandaag(klok);
        var betrokkenen = await db.Betrokkenen.AsNoTracking()
            .Where(b => b.LeerlingId == query.LeerlingId)
            .OrderByDescending(b => b.ToegevoegdOp).ThenByDescending(b => b.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new BetrokkenenDto(betrokkenen.Select(b => BetrokkeneDto.Van(b, vandaag)).ToList());
    }
}
