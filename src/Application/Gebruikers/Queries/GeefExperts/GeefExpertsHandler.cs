using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers.Queries.GeefExperts;

public sealed class GeefExpertsHandler(IApplicationDbContext db) : IQueryHandler<GeefExpertsQuery, Result<ExpertLijstDto>>
{
    public async ValueTask<Result<ExpertLijstDto>> Handle(GeefExpertsQuery query, CancellationToken cancellationToken)
    {
        var experts = await db.Gebruikers.AsNoTracking()
            .Where(g => g.Rol == Rol.Expert && g.Actief)
            .OrderBy(g => g.Naam)
            .Select(g => new { g.Id, g.Naam })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new ExpertLijstDto(experts.Select(e => new ExpertDto(e.Id.Waarde, e.Naam)).ToList());
    }
}
