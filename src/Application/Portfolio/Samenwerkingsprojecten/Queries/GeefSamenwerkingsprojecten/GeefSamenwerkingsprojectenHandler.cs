using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Samenwerkingsprojecten.Queries.GeefSamenwerkingsprojecten;

public sealed class GeefSamenwerkingsprojectenHandler(IApplicationDbContext db) : IQueryHandler<GeefSamenwerkingsprojectenQuery, Result<ProjectenDto>>
{
    public async ValueTask<Result<ProjectenDto>> Handle(GeefSamenwerkingsprojectenQuery query, CancellationToken cancellationToken)
    {
        // The store's filter keeps school staff to their schools' regio's; a regio has a handful of projects, so no pages.
        var selectie = db.Samenwerkingsprojecten.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Regio))
        {
            var regio = query.Regio.Trim();
            selectie = selectie.Where(p => p.Regio == regio);
        }

        if (query.Jaar is { } jaar)
        {
            selectie = selectie.Where(p => p.Jaar == jaar);
        }

        var projecten = await selectie.OrderBy(p => p.Regio).ThenByDescending(p => p.Jaar).ThenBy(p => p.Titel).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new ProjectenDto([.. projecten.Select(ProjectDto.Van)]);
    }
}
