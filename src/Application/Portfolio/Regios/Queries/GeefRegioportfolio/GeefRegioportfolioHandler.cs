using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Regios.Queries.GeefRegioportfolio;

public sealed class GeefRegioportfolioHandler(IApplicationDbContext db) : IQueryHandler<GeefRegioportfolioQuery, Result<RegioportfolioLijstDto>>
{
    public async ValueTask<Result<RegioportfolioLijstDto>> Handle(GeefRegioportfolioQuery query, CancellationToken cancellationToken) =>
        new RegioportfolioLijstDto(await db.LeesAsync(cancellationToken).ConfigureAwait(false));
}
