using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefOuders;

public sealed class GeefOudersHandler(IApplicationDbContext db) : IQueryHandler<GeefOudersQuery, Result<OudersDto>>
{
    public async ValueTask<Result<OudersDto>> Handle(GeefOudersQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Leerlingen.AnyAsync(l => l.Id == query.LeerlingId, cancellationToken).ConfigureAwait(false))
        {
            return LeerlingFouten.Onbekend(query.LeerlingId);
        }

        var ouders = await OuderOpslag.ActieveAsync(db, query.LeerlingId, ouderId: null, volgen: false, cancellationToken).ConfigureAwait(false);
        return new OudersDto(ouders.Select(o => OuderDto.Van(o.Link, o.Ouder)).ToList());
    }
}
