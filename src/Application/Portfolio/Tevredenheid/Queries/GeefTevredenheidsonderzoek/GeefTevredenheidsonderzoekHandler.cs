using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Tevredenheid.Queries.GeefTevredenheidsonderzoek;

public sealed class GeefTevredenheidsonderzoekHandler(ILeesDbContext db, IHuidigeGebruiker aanroeper)
    : IQueryHandler<GeefTevredenheidsonderzoekQuery, Result<TevredenheidsonderzoekDto>>
{
    public async ValueTask<Result<TevredenheidsonderzoekDto>> Handle(GeefTevredenheidsonderzoekQuery query, CancellationToken cancellationToken) =>
        await db.Tevredenheidsonderzoeken.FirstOrDefaultAsync(o => o.Id == query.Id, cancellationToken).ConfigureAwait(false) is { } onderzoek
            ? TevredenheidsonderzoekDto.Van(onderzoek, aanroeper)
            : TevredenheidFouten.Onbekend;
}
