using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Application.Ouders.Queries.GeefMijnKinderen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefMijnKind;

public sealed class GeefMijnKindHandler(IApplicationDbContext db) : IQueryHandler<GeefMijnKindQuery, Result<KindDto>>
{
    public async ValueTask<Result<KindDto>> Handle(GeefMijnKindQuery query, CancellationToken cancellationToken) =>
        await Kinderen.VanOuder(db, query.LeerlingId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) is { } kind
            ? kind
            : LeerlingFouten.Onbekend(query.LeerlingId);
}
