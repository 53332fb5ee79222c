using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Evaluatie.Queries.GeefPortfolioevaluatie;

public sealed class GeefPortfolioevaluatieHandler(IApplicationDbContext db)
    : IQueryHandler<GeefPortfolioevaluatieQuery, Result<PortfolioevaluatieDto>>
{
    public async ValueTask<Result<PortfolioevaluatieDto>> Handle(GeefPortfolioevaluatieQuery query, CancellationToken cancellationToken) =>
        await Portfolioevaluatie.StelOpAsync(db, query.Regio, query.Jaar, query.VoorBestuur, cancellationToken).ConfigureAwait(false);
}
