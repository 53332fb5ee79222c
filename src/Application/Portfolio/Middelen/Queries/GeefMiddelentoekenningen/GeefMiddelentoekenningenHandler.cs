using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Middelen.Queries.GeefMiddelentoekenningen;

public sealed class GeefMiddelentoekenningenHandler(IApplicationDbContext db) : IQueryHandler<GeefMiddelentoekenningenQuery, Result<MiddelentoekenningenDto>>
{
    public async ValueTask<Result<MiddelentoekenningenDto>> Handle(GeefMiddelentoekenningenQuery query, CancellationToken cancellationToken)
    {
        // The store's filter keeps school staff to their own besturen; an SWV has a few dozen besturen, so no pages.
        var selectie = db.Middelentoekenningen.AsNoTracking();
        if (query.Jaar is { } jaar)
        {
            selectie = selectie.Where(t => t.Jaar == jaar);
        }

        if (query.SchoolbestuurId is { } bestuur)
        {
            selectie = selectie.Where(t => t.SchoolbestuurId == bestuur);
        }

        var toekenningen = await selectie.OrderByDescending(t => t.Jaar).ThenBy(t => t.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var dtos = await db.AlsDtosAsync(toekenningen, cancellationToken).ConfigureAwait(false);
        return new MiddelentoekenningenDto([.. dtos.OrderByDescending(t => t.Jaar).ThenBy(t => t.SchoolbestuurNaam, StringComparer.CurrentCulture)]);
    }
}
