using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Casuistiek.Queries.GeefCasussen;

public sealed class GeefCasussenHandler(IApplicationDbContext db) : IQueryHandler<GeefCasussenQuery, Result<CasussenDto>>
{
    public async ValueTask<Result<CasussenDto>> Handle(GeefCasussenQuery query, CancellationToken cancellationToken)
    {
        var selectie = Selectie.Casussen(query.Regio, query.LokaalNetwerk, query.Schooljaar, query.Uitkomst, query.Status, query.Bespreking);
        return selectie.Lukt(out var filter)
            ? new CasussenDto(await db.CasussenVanAsync(filter, cancellationToken).ConfigureAwait(false))
            : Result<CasussenDto>.Mislukt(selectie.Fouten);
    }
}
