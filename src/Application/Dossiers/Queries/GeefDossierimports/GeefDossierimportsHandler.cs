using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Dossiers.Queries.GeefDossierimports;

public sealed class GeefDossierimportsHandler(IApplicationDbContext db) : IQueryHandler<GeefDossierimportsQuery, Result<DossierimportsDto>>
{
    public async ValueTask<Result<DossierimportsDto>> Handle(GeefDossierimportsQuery query, CancellationToken cancellationToken)
    {
        var leerling = await db.Leerlingen.AsNoTracking().FirstOrDefaultAsync(l => l.Id == query.LeerlingId, cancellationToken).ConfigureAwait(false);
        if (leerling is null)
        {
            return LeerlingFouten.Onbekend(query.LeerlingId);
        }

        var imports = await db.Dossierimports.AsNoTracking()
            .Where(d => d.LeerlingId == query.LeerlingId)
            .OrderByDescending(d => d.Ontvangen)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new DossierimportsDto(imports.Select(d => DossierimportDto.Van(d, leerling.Naam)).ToList());
    }
}
