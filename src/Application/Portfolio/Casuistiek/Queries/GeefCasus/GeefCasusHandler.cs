using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Casuistiek.Queries.GeefCasus;

public sealed class GeefCasusHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper) : IQueryHandler<GeefCasusQuery, Result<CasusDto>>
{
    public async ValueTask<Result<CasusDto>> Handle(GeefCasusQuery query, CancellationToken cancellationToken)
    {
        var casus = await db.Casussen.AsNoTracking().FirstOrDefaultAsync(c => c.Id == query.Id, cancellationToken).ConfigureAwait(false);
        return casus is null ? CasuistiekFouten.OnbekendeCasus(query.Id) : await db.AlsDtoAsync(casus, aanroeper, cancellationToken).ConfigureAwait(false);
    }
}
