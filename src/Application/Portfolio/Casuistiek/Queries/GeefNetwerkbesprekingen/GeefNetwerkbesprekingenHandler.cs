using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Casuistiek.Queries.GeefNetwerkbesprekingen;

public sealed class GeefNetwerkbesprekingenHandler(IApplicationDbContext db) : IQueryHandler<GeefNetwerkbesprekingenQuery, Result<NetwerkbesprekingenDto>>
{
    public async ValueTask<Result<NetwerkbesprekingenDto>> Handle(GeefNetwerkbesprekingenQuery query, CancellationToken cancellationToken)
    {
        var selectie = Selectie.Besprekingen(query.Regio, query.LokaalNetwerk, query.Schooljaar);
        if (!selectie.Lukt(out var filter))
        {
            return Result<NetwerkbesprekingenDto>.Mislukt(selectie.Fouten);
        }

        // The store's filter keeps this to what the caller may see; a list has no history and no cases.
        var besprekingen = await db.Netwerkbesprekingen.AsNoTracking().Where(filter)
            .OrderByDescending(b => b.Datum).ThenBy(b => b.Id)
            .Take(Casuslijst.Maximum)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new NetwerkbesprekingenDto([.. besprekingen.Select(b => NetwerkbesprekingDto.Van(b, null) with { Geschiedenis = null })]);
    }
}
