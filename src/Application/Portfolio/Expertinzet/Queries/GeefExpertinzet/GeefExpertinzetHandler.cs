using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Queries.GeefExpertinzet;

public sealed class GeefExpertinzetHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper) : IQueryHandler<GeefExpertinzetQuery, Result<ExpertinzetDto>>
{
    public async ValueTask<Result<ExpertinzetDto>> Handle(GeefExpertinzetQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var inzet = await db.Expertinzetten.AsNoTracking().FirstOrDefaultAsync(i => i.Id == query.ExpertinzetId, cancellationToken).ConfigureAwait(false);
        if (inzet is null)
        {
            return ExpertinzetFouten.Onbekend(query.ExpertinzetId);
        }

        return ExpertinzetDto.Van(inzet, await db.LeerlingVanInzetAsync(inzet, cancellationToken).ConfigureAwait(false), aanroeper);
    }
}
