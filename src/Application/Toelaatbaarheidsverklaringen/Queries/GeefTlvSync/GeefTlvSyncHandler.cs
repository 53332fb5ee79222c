using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefTlvSync;

public sealed class GeefTlvSyncHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, ISynctokens tokens)
    : IQueryHandler<GeefTlvSyncQuery, Result<TlvSyncPaginaDto>>
{
    public async ValueTask<Result<TlvSyncPaginaDto>> Handle(GeefTlvSyncQuery query, CancellationToken cancellationToken)
    {
        var begin = await Syncfeed<TlvSync, Toelaatbaarheidsverklaring>.BeginAsync(query.Cursor, db, tokens, cancellationToken).ConfigureAwait(false);
        if (!begin.Lukt(out var cursor))
        {
            return Result<TlvSyncPaginaDto>.Mislukt(begin.Fouten);
        }

        var grootte = query.PageSize ?? Syncfeed.StandaardPageSize;
        var rijen = await Syncfeed<TlvSync, Toelaatbaarheidsverklaring>.Pagina(TlvSync.Ontvangen(db, aanroeper), cursor, grootte)
            .Select(TlvSync.Rij)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var pagina = rijen.Take(grootte).ToList();
        var laatste = rijen.Count == pagina.Count;
        return new TlvSyncPaginaDto(
            await TlvSync.AlsItemsAsync(db, pagina, cancellationToken).ConfigureAwait(false),
            laatste ? null : await tokens.MaakAsync(cursor with { Na = pagina[^1].Id }, cancellationToken).ConfigureAwait(false),
            laatste ? await tokens.MaakAsync(new Feedtoken<TlvSync>(cursor.Vanaf), cancellationToken).ConfigureAwait(false) : null);
    }
}
