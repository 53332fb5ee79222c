using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefMijnKinderen;

public sealed class GeefMijnKinderenHandler(IApplicationDbContext db) : IQueryHandler<GeefMijnKinderenQuery, Result<KinderenDto>>
{
    public async ValueTask<Result<KinderenDto>> Handle(GeefMijnKinderenQuery query, CancellationToken cancellationToken) =>
        new KinderenDto(await Kinderen.VanOuder(db).ToListAsync(cancellationToken).ConfigureAwait(false));
}
