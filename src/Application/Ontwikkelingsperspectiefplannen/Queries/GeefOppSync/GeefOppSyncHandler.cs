using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOppSync;

public sealed class GeefOppSyncHandler(ILeesDbContext db, ISynctokens tokens) : IQueryHandler<GeefOppSyncQuery, Result<OppSyncPaginaDto>>
{
    public async ValueTask<Result<OppSyncPaginaDto>> Handle(GeefOppSyncQuery query, CancellationToken cancellationToken)
    {
        var pagina = await Syncfeed<OppSync, Ontwikkelingsperspectiefplan>.VolledigAsync(
            query.Cursor, query.PageSize, OppSync.Vastgesteld(db), OppSync.Rij, OppSync.AlsItems(db, cancellationToken), db, tokens, cancellationToken)
            .ConfigureAwait(false);
        return pagina.Lukt(out var p)
            ? new OppSyncPaginaDto(p.Items, p.VolgendeCursor, p.WijzigingenToken)
            : Result<OppSyncPaginaDto>.Mislukt(pagina.Fouten);
    }
}
