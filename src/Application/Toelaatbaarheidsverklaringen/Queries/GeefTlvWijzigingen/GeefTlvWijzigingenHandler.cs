using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefTlvWijzigingen;

public sealed class GeefTlvWijzigingenHandler(ILeesDbContext db, IHuidigeGebruiker aanroeper, ISynctokens tokens)
    : IQueryHandler<GeefTlvWijzigingenQuery, Result<TlvWijzigingenDto>>
{
    public async ValueTask<Result<TlvWijzigingenDto>> Handle(GeefTlvWijzigingenQuery query, CancellationToken cancellationToken)
    {
        var wijzigingen = await Syncfeed<TlvSync, Toelaatbaarheidsverklaring>.WijzigingenAsync(
            query.Token, query.PageSize, TlvSync.Ontvangen(db, aanroeper), TlvSync.Rij, TlvSync.AlsItems(db, cancellationToken), db, tokens, cancellationToken)
            .ConfigureAwait(false);
        return wijzigingen.Lukt(out var w)
            ? new TlvWijzigingenDto(w.Items, w.WijzigingenToken, w.MeerWijzigingen)
            : Result<TlvWijzigingenDto>.Mislukt(wijzigingen.Fouten);
    }
}
