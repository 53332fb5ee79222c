using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Middelen.Queries.GeefMiddelentoekenning;

public sealed class GeefMiddelentoekenningHandler(IApplicationDbContext db) : IQueryHandler<GeefMiddelentoekenningQuery, Result<MiddelentoekenningDto>>
{
    public async ValueTask<Result<MiddelentoekenningDto>> Handle(GeefMiddelentoekenningQuery query, CancellationToken cancellationToken)
    {
        var toekenning = await db.Middelentoekenningen.AsNoTracking().FirstOrDefaultAsync(t => t.Id == query.Id, cancellationToken).ConfigureAwait(false);
        return toekenning is null ? MiddelenFouten.ToekenningOnbekend : await db.AlsDtoAsync(toekenning, cancellationToken).ConfigureAwait(false);
    }
}
