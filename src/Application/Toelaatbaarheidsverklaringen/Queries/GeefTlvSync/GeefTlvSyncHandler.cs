using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefTlvSync;

public sealed class GeefTlvSyncHandler(ILeesDbContext db, IHuidigeGebruiker aanroeper, ISynctokens tokens)
    : IQueryHandler<GeefTlvSyncQuery, Result<TlvSyncPaginaDto>>
{
    public async ValueTask<Result<TlvSyncPaginaDto>> Handle(GeefTlvSyncQuery query, CancellationToken cancellationToken)
    {
        var pagina = await Syncfeed<TlvSync, Toelaatbaarheidsverklaring>.VolledigAsync(
            query.Cursor, query.PageSize, TlvSync.Ontvangen(db, aanroeper), TlvSync.Rij, TlvSync.AlsItems(db, cancellationToken), db, tokens, cancellationToken)
            .ConfigureAwait(false);
        return pagina.Lukt(out var p)
            ? new TlvSyncPaginaDto(p.Items, p.VolgendeCursor, p.WijzigingenToken)
            : Result<TlvSyncPaginaDto>.Mislukt(pagina.Fouten);
    }
}
