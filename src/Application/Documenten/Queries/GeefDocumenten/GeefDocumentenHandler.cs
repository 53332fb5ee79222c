using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Documenten;

namespace PassendOnderwijs.Application.Documenten.Queries.GeefDocumenten;

public sealed class GeefDocumentenHandler(IApplicationDbContext db) : IQueryHandler<GeefDocumentenQuery, Result<DocumentenDto>>
{
    public async ValueTask<Result<DocumentenDto>> Handle(GeefDocumentenQuery query, CancellationToken cancellationToken)
    {
        if (!query.Zaak.Lukt(out var zaak))
        {
            return Result<DocumentenDto>.Mislukt(query.Zaak.Fouten);
        }

        if (!await db.Leerlingen.AnyAsync(l => l.Id == query.LeerlingId, cancellationToken).ConfigureAwait(false))
        {
            return LeerlingFouten.Onbekend(query.LeerlingId);
        }

        var documenten = db.Documenten.AsNoTracking().Where(d => d.LeerlingId == query.LeerlingId);
        documenten = zaak switch
        {
            null => documenten,
            { Soort: Zaaksoort.Arrangement } => documenten.Where(d => d.ArrangementId == zaak.Id),
            { Soort: Zaaksoort.Toelaatbaarheidsverklaring } => documenten.Where(d => d.ToelaatbaarheidsverklaringId == zaak.Id),
            _ => documenten.Where(d => d.OntwikkelingsperspectiefplanId == zaak.Id),
        };
        var lijst = await documenten.OrderByDescending(d => d.Ontvangen).ThenByDescending(d => d.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new DocumentenDto(lijst.Select(DocumentDto.Van).ToList());
    }
}
