using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Evaluatie.Queries.GeefPortfolioevaluatie;

public sealed class GeefPortfolioevaluatieHandler(IApplicationDbContext db, TimeProvider klok)
    : IQueryHandler<GeefPortfolioevaluatieQuery, Result<PortfolioevaluatieDto>>
{
    public async ValueTask<Result<PortfolioevaluatieDto>> Handle(GeefPortfolioevaluatieQuery query, CancellationToken cancellationToken) =>
        await Portfolioevaluatie.StelOpAsync(db, query.Regio, query.Jaar, query.VoorBestuur, NederlandseTijd.Vandaag(klok), cancellationToken).ConfigureAwait(false);
}
