using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Gebruikers;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Platform.Queries.GeefBeheerders;

public sealed class GeefBeheerdersHandler(IApplicationDbContext db) : IQueryHandler<GeefBeheerdersQuery, Result<GebruikerLijstDto>>
{
    public async ValueTask<Result<GebruikerLijstDto>> Handle(GeefBeheerdersQuery query, CancellationToken cancellationToken)
    {
        var swv = await TenantOpslag.ZoekAsync(db, query.Code, cancellationToken).ConfigureAwait(false);
        if (swv is null)
        {
            return TenantAudit.Onbekend(query.Code);
        }

        var tenant = swv.Id;
        var beheerders = await db.Gebruikers.IgnoreQueryFilters().AsNoTracking()
            .Where(g => g.Samenwerkingsverband == tenant && g.Rol == Rol.SwvBeheerder)
            .OrderBy(g => g.Naam)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new GebruikerLijstDto([.. beheerders.Select(GebruikerDto.Van)]);
    }
}
