using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Thuiszitters.Queries.GeefThuiszittertelling;

public sealed class GeefThuiszittertellingHandler(IApplicationDbContext db, TimeProvider klok) : IQueryHandler<GeefThuiszittertellingQuery, Result<ThuiszittertellingDto>>
{
    public async ValueTask<Result<ThuiszittertellingDto>> Handle(GeefThuiszittertellingQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await Thuiszittertelling.StelOpAsync(db, query.Peildatum, klok, voorBuiten: false, cancellationToken).ConfigureAwait(false);
    }
}
