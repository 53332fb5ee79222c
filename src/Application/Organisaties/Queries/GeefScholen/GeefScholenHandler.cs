using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Organisaties.Queries.GeefScholen;

public sealed class GeefScholenHandler(IApplicationDbContext db) : IQueryHandler<GeefScholenQuery, Result<ScholenDto>>
{
    public async ValueTask<Result<ScholenDto>> Handle(GeefScholenQuery query, CancellationToken cancellationToken)
    {
        var scholen = db.Scholen.AsNoTracking();
        if (SoortSchoolCodes.Lijst.Zoek(query.Soort) is { } soort)
        {
            scholen = scholen.Where(s => s.Soort == soort);
        }

        if (query.Regio is { } regio)
        {
            scholen = scholen.Where(s => s.Regio == regio);
        }

        var lijst = await scholen
            .Join(db.Schoolbesturen, s => s.SchoolbestuurId, b => b.Id, (s, b) => new { School = s, b.Nummer })
            .OrderBy(r => r.School.Naam)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new ScholenDto(lijst.Select(r => SchoolDto.Van(r.School, r.Nummer)).ToList());
    }
}
