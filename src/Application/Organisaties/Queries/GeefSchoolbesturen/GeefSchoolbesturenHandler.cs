using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Organisaties.Queries.GeefSchoolbesturen;

public sealed class GeefSchoolbesturenHandler(IApplicationDbContext db) : IQueryHandler<GeefSchoolbesturenQuery, Result<SchoolbesturenDto>>
{
    public async ValueTask<Result<SchoolbesturenDto>> Handle(GeefSchoolbesturenQuery query, CancellationToken cancellationToken)
    {
        var besturen = await db.Schoolbesturen.AsNoTracking().OrderBy(b => b.Naam).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new SchoolbesturenDto(besturen.Select(SchoolbestuurDto.Van).ToList());
    }
}
