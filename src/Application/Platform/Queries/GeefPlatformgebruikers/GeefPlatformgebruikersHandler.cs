using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Gebruikers;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Platform.Queries.GeefPlatformgebruikers;

public sealed class GeefPlatformgebruikersHandler(IApplicationDbContext db) : IQueryHandler<GeefPlatformgebruikersQuery, Result<GebruikerLijstDto>>
{
    public async ValueTask<Result<GebruikerLijstDto>> Handle(GeefPlatformgebruikersQuery query, CancellationToken cancellationToken)
    {
        var gebruikers = await db.Platformgebruikers().AsNoTracking().OrderBy(g => g.Naam).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new GebruikerLijstDto([.. gebruikers.Select(GebruikerDto.Van)]);
    }
}
