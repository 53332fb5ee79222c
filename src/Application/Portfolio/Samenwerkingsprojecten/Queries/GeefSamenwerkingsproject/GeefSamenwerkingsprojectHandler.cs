using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Samenwerkingsprojecten.Queries.GeefSamenwerkingsproject;

public sealed class GeefSamenwerkingsprojectHandler(IApplicationDbContext db) : IQueryHandler<GeefSamenwerkingsprojectQuery, Result<ProjectDto>>
{
    public async ValueTask<Result<ProjectDto>> Handle(GeefSamenwerkingsprojectQuery query, CancellationToken cancellationToken)
    {
        var project = await db.Samenwerkingsprojecten.AsNoTracking().FirstOrDefaultAsync(p => p.Id == query.Id, cancellationToken).ConfigureAwait(false);
        return project is null ? ProjectFouten.Onbekend : ProjectDto.Van(project);
    }
}
