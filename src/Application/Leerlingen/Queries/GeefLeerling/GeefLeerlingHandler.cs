using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Leerlingen.Queries.GeefLeerling;

public sealed class GeefLeerlingHandler(IApplicationDbContext db) : IQueryHandler<GeefLeerlingQuery, Result<LeerlingDto>>
{
    public async ValueTask<Result<LeerlingDto>> Handle(GeefLeerlingQuery query, CancellationToken cancellationToken) =>
        await db.Leerlingen.AsNoTracking().FirstOrDefaultAsync(l => l.Id == query.LeerlingId, cancellationToken).ConfigureAwait(false) is { } leerling
            ? LeerlingDto.Van(leerling)
            : LeerlingFouten.Onbekend(query.LeerlingId);
}
