using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefTlv;

public sealed class GeefTlvHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper) : IQueryHandler<GeefTlvQuery, Result<TlvDto>>
{
    public async ValueTask<Result<TlvDto>> Handle(GeefTlvQuery query, CancellationToken cancellationToken)
    {
        var tlv = await db.Toelaatbaarheidsverklaringen.AsNoTracking().FirstOrDefaultAsync(t => t.Id == query.TlvId, cancellationToken).ConfigureAwait(false);
        return tlv is null ? TlvFouten.Onbekend(query.TlvId) : TlvDto.Van(tlv, aanroeper);
    }
}
