using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefArrangementenVanKind;

public sealed class GeefArrangementenVanKindHandler(IApplicationDbContext db) : IQueryHandler<GeefArrangementenVanKindQuery, Result<KindArrangementenDto>>
{
    public async ValueTask<Result<KindArrangementenDto>> Handle(GeefArrangementenVanKindQuery query, CancellationToken cancellationToken)
    {
        if (!await db.IsEigenKindAsync(query.LeerlingId, cancellationToken).ConfigureAwait(false))
        {
            return LeerlingFouten.Onbekend(query.LeerlingId);
        }

        var arrangementen = await db.Arrangementen.AsNoTracking()
            .Where(a => a.LeerlingId == query.LeerlingId)
            .OrderByDescending(a => a.Ingangsdatum).ThenByDescending(a => a.AangevraagdOp)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new KindArrangementenDto(arrangementen.Select(KindArrangementDto.Van).ToList());
    }
}
