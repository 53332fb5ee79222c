using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefTlvWijzigingen;

public sealed class GeefTlvWijzigingenHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, ISynctokens tokens)
    : IQueryHandler<GeefTlvWijzigingenQuery, Result<TlvWijzigingenDto>>
{
    public async ValueTask<Result<TlvWijzigingenDto>> Handle(GeefTlvWijzigingenQuery query, CancellationToken cancellationToken)
    {
        var gelezen = await Syncfeed<TlvSync, Toelaatbaarheidsverklaring>.LeesTokenAsync(query.Token, db, tokens, cancellationToken).ConfigureAwait(false);
        if (!gelezen.Lukt(out var token))
        {
            return Result<TlvWijzigingenDto>.Mislukt(gelezen.Fouten);
        }

        var grootte = query.PageSize ?? Syncfeed.StandaardPageSize;
        var rijen = await Syncfeed<TlvSync, Toelaatbaarheidsverklaring>.Wijzigingen(TlvSync.Ontvangen(db, aanroeper), token, grootte)
            .Select(TlvSync.Rij)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var pagina = rijen.Take(grootte).ToList();
        return new TlvWijzigingenDto(
            await TlvSync.AlsItemsAsync(db, pagina, cancellationToken).ConfigureAwait(false),
            await tokens.MaakAsync(Syncfeed<TlvSync, Toelaatbaarheidsverklaring>.Na(token, pagina.Select(r => r.Versie)), cancellationToken).ConfigureAwait(false),
            rijen.Count > grootte);
    }
}
