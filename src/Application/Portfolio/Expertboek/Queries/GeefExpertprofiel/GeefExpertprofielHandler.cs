using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Expertboek.Queries.GeefExpertprofiel;

public sealed class GeefExpertprofielHandler(IApplicationDbContext db) : IQueryHandler<GeefExpertprofielQuery, Result<ExpertboekRegelDto>>
{
    public async ValueTask<Result<ExpertboekRegelDto>> Handle(GeefExpertprofielQuery query, CancellationToken cancellationToken) =>
        (await db.LeesAsync(query.ExpertId, cancellationToken).ConfigureAwait(false)).SingleOrDefault() is { } regel
            ? regel
            : ExpertboekFouten.Onbekend;
}
