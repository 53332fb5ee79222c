using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Gebruikers.Queries.GeefGebruikers;

public sealed class GeefGebruikersHandler(IApplicationDbContext db) : IQueryHandler<GeefGebruikersQuery, Result<GebruikerLijstDto>>
{
    public async ValueTask<Result<GebruikerLijstDto>> Handle(GeefGebruikersQuery query, CancellationToken cancellationToken)
    {
        var gebruikers = await db.Gebruikers.AsNoTracking().OrderBy(g => g.Naam).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new GebruikerLijstDto(gebruikers.Select(GebruikerDto.Van).ToList());
    }
}
