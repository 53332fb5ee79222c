using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Deskundigen.Queries.GeefDeskundige;

public sealed class GeefDeskundigeHandler(IApplicationDbContext db) : IQueryHandler<GeefDeskundigeQuery, Result<DeskundigeDto>>
{
    public async ValueTask<Result<DeskundigeDto>> Handle(GeefDeskundigeQuery query, CancellationToken cancellationToken)
    {
        // The tenant filter keeps this to the caller's own samenwerkingsverband.
        var deskundige = await db.Deskundigen.AsNoTracking().FirstOrDefaultAsync(d => d.Id == query.Id, cancellationToken).ConfigureAwait(false);
        return deskundige is null ? DeskundigeFouten.Onbekend : await db.AlsDtoAsync(deskundige, cancellationToken).ConfigureAwait(false);
    }
}
