using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefToestemmingenVanKind;

public sealed class GeefToestemmingenVanKindHandler(IApplicationDbContext db, TimeProvider klok)
    : IQueryHandler<GeefToestemmingenVanKindQuery, Result<ToestemmingenDto>>
{
    public async ValueTask<Result<ToestemmingenDto>> Handle(GeefToestemmingenVanKindQuery query, CancellationToken cancellationToken)
    {
        if (!await db.IsEigenKindAsync(query.LeerlingId, cancellationToken).ConfigureAwait(false))
        {
            return LeerlingFouten.Onbekend(query.LeerlingId);
        }

        var vandaag = NederlandseTijd.Vandaag(klok);
        var toestemmingen = await Toestemmingen.VanLeerlingAsync(db, query.LeerlingId, vandaag, voorOuder: true, cancellationToken).ConfigureAwait(false);
        var mogelijk = await Toestemmingen.MogelijkAsync(db, query.LeerlingId, vandaag, cancellationToken).ConfigureAwait(false);
        return new ToestemmingenDto(toestemmingen, mogelijk);
    }
}
