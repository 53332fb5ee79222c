using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefTlvsVanKind;

public sealed class GeefTlvsVanKindHandler(IApplicationDbContext db) : IQueryHandler<GeefTlvsVanKindQuery, Result<KindTlvsDto>>
{
    public async ValueTask<Result<KindTlvsDto>> Handle(GeefTlvsVanKindQuery query, CancellationToken cancellationToken)
    {
        if (!await db.IsEigenKindAsync(query.LeerlingId, cancellationToken).ConfigureAwait(false))
        {
            return LeerlingFouten.Onbekend(query.LeerlingId);
        }

        var tlvs = await db.Toelaatbaarheidsverklaringen.AsNoTracking()
            .Where(t => t.LeerlingId == query.LeerlingId)
            .OrderByDescending(t => t.AangevraagdOp)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new KindTlvsDto(tlvs.Select(KindTlvDto.Van).ToList());
    }
}
