using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefOuder;

public sealed class GeefOuderHandler(IApplicationDbContext db) : IQueryHandler<GeefOuderQuery, Result<OuderDto>>
{
    public async ValueTask<Result<OuderDto>> Handle(GeefOuderQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Leerlingen.AnyAsync(l => l.Id == query.LeerlingId, cancellationToken).ConfigureAwait(false))
        {
            return LeerlingFouten.Onbekend(query.LeerlingId);
        }

        var gevonden = await OuderOpslag.ActieveAsync(db, query.LeerlingId, query.OuderId, volgen: false, cancellationToken).ConfigureAwait(false);
        return gevonden is [var (link, ouder)] ? OuderDto.Van(link, ouder) : OuderFouten.Onbekend(query.OuderId);
    }
}
