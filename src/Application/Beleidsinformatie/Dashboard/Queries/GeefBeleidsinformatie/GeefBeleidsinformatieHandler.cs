using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Beleidsinformatie.Dashboard.Queries.GeefBeleidsinformatie;

public sealed class GeefBeleidsinformatieHandler(IApplicationDbContext db, TimeProvider klok)
    : IQueryHandler<GeefBeleidsinformatieQuery, Result<BeleidsinformatieDto>>
{
    public async ValueTask<Result<BeleidsinformatieDto>> Handle(GeefBeleidsinformatieQuery query, CancellationToken cancellationToken) =>
        await Beleidsinformatie.StelOpAsync(db, klok, query.Leerjaar, new(query.Regio, query.Vestiging, query.Bestuur), query.VoorBuiten, cancellationToken).ConfigureAwait(false);
}
