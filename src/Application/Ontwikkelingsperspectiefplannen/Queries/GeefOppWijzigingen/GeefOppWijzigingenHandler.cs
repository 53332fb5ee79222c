using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOppWijzigingen;

public sealed class GeefOppWijzigingenHandler(ILeesDbContext db, ISynctokens tokens) : IQueryHandler<GeefOppWijzigingenQuery, Result<OppWijzigingenDto>>
{
    public async ValueTask<Result<OppWijzigingenDto>> Handle(GeefOppWijzigingenQuery query, CancellationToken cancellationToken)
    {
        var wijzigingen = await Syncfeed<OppSync, Ontwikkelingsperspectiefplan>.WijzigingenAsync(
            query.Token, query.PageSize, OppSync.Vastgesteld(db), OppSync.Rij, OppSync.AlsItems(db, cancellationToken), db, tokens, cancellationToken)
            .ConfigureAwait(false);
        return wijzigingen.Lukt(out var w)
            ? new OppWijzigingenDto(w.Items, w.WijzigingenToken, w.MeerWijzigingen)
            : Result<OppWijzigingenDto>.Mislukt(wijzigingen.Fouten);
    }
}
