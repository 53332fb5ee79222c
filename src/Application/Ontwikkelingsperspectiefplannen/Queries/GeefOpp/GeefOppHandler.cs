using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOpp;

public sealed class GeefOppHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper) : IQueryHandler<GeefOppQuery, Result<OppDto>>
{
    public async ValueTask<Result<OppDto>> Handle(GeefOppQuery query, CancellationToken cancellationToken)
    {
        var opp = await db.Ontwikkelingsperspectiefplannen.AsNoTracking().FirstOrDefaultAsync(o => o.Id == query.OppId, cancellationToken).ConfigureAwait(false);
        return opp is null ? OppFouten.Onbekend(query.OppId) : OppDto.Van(opp, aanroeper);
    }
}
