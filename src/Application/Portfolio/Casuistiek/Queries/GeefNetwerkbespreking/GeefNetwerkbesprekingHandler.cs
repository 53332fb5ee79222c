using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Casuistiek.Queries.GeefNetwerkbespreking;

public sealed class GeefNetwerkbesprekingHandler(IApplicationDbContext db) : IQueryHandler<GeefNetwerkbesprekingQuery, Result<NetwerkbesprekingDto>>
{
    public async ValueTask<Result<NetwerkbesprekingDto>> Handle(GeefNetwerkbesprekingQuery query, CancellationToken cancellationToken)
    {
        var bespreking = await db.Netwerkbesprekingen.AsNoTracking().FirstOrDefaultAsync(b => b.Id == query.Id, cancellationToken).ConfigureAwait(false);
        if (bespreking is null)
        {
            return CasuistiekFouten.OnbekendeBespreking(query.Id);
        }

        var casussen = await db.CasussenVanAsync(c => c.BesprekingId == bespreking.Id, cancellationToken).ConfigureAwait(false);
        return NetwerkbesprekingDto.Van(bespreking, casussen);
    }
}
