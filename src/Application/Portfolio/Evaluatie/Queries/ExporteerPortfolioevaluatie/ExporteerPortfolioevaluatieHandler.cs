using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Evaluatie.Queries.ExporteerPortfolioevaluatie;

public sealed class ExporteerPortfolioevaluatieHandler(IApplicationDbContext db, TimeProvider klok)
    : IQueryHandler<ExporteerPortfolioevaluatieQuery, Result<PortfolioevaluatieDto>>
{
    public async ValueTask<Result<PortfolioevaluatieDto>> Handle(ExporteerPortfolioevaluatieQuery query, CancellationToken cancellationToken) =>
        await Portfolioevaluatie.StelOpAsync(db, query.Regio, query.Jaar, voorBestuur: true, NederlandseTijd.Vandaag(klok), cancellationToken).ConfigureAwait(false);
}
