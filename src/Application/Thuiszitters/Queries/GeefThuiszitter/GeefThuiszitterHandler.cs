using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Thuiszitters.Queries.GeefThuiszitter;

public sealed class GeefThuiszitterHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok) : IQueryHandler<GeefThuiszitterQuery, Result<ThuiszitterDto>>
{
    public async ValueTask<Result<ThuiszitterDto>> Handle(GeefThuiszitterQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var thuiszitter = await db.Thuiszitters.AsNoTracking().FirstOrDefaultAsync(t => t.Id == query.ThuiszitterId, cancellationToken).ConfigureAwait(false);
        return thuiszitter is null
            ? ThuiszitterFouten.Onbekend(query.ThuiszitterId)
            : await db.AlsDtoAsync(thuiszitter, aanroeper, klok, cancellationToken).ConfigureAwait(false);
    }
}
