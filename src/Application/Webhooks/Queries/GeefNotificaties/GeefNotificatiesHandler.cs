using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Webhooks;

namespace PassendOnderwijs.Application.Webhooks.Queries.GeefNotificaties;

public sealed class GeefNotificatiesHandler(ILeesDbContext db, IHuidigeGebruiker aanroeper, ISynctokens tokens, INotificatiebron bron, INotificatievenster venster)
    : IQueryHandler<GeefNotificatiesQuery, Result<NotificatiesDto>>
{
    public async ValueTask<Result<NotificatiesDto>> Handle(GeefNotificatiesQuery query, CancellationToken cancellationToken)
    {
        Feedtoken<NotificatieFeed> vanaf = new(0);
        if (query.Vanaf is not null)
        {
            var gelezen = await Syncfeed<NotificatieFeed, KoppelingNotificatie>.LeesTokenAsync(query.Vanaf, db, tokens, cancellationToken).ConfigureAwait(false);
            if (!gelezen.Lukt(out var token))
            {
                return Result<NotificatiesDto>.Mislukt([.. gelezen.Fouten.Select(f => f with { Veld = "vanaf" })]);
            }

            vanaf = token;

            // Past the feed's window the notificaties after this token may be gone: starting again is the only safe answer.
            if (aanroeper.Samenwerkingsverband is { } swv
                && vanaf.Vanaf < await venster.OpgeschoondTotAsync(swv, cancellationToken).ConfigureAwait(false))
            {
                return Fout.Verlopen(
                    "notificaties-niet-meer-bewaard",
                    "Na dit token zijn notificaties niet meer bewaard (de feed bewaart ze een beperkte tijd). Begin opnieuw zonder vanaf; " +
                    "wat u daarna mist, haalt u op via de gewone lijsten en wijzigingenfeeds.",
                    "vanaf");
            }
        }

        // The vestigingen are the DbContext's filter; the scopes are this feed's: a notificatie needs the scope of its resource.
        var scopes = aanroeper.Scopes.ToList();
        var grootte = query.PageSize ?? Syncfeed.StandaardPageSize;
        var rijen = await Syncfeed<NotificatieFeed, KoppelingNotificatie>
            .Wijzigingen(db.KoppelingNotificaties.AsNoTracking().Where(n => scopes.Contains(n.Scope)), vanaf, grootte)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var pagina = rijen.Take(grootte).ToList();
        var volgende = Syncfeed<NotificatieFeed, KoppelingNotificatie>.Na(vanaf, pagina.Select(n => n.Versie));
        return new NotificatiesDto(
            [.. pagina.Select(n => CloudEventDto.Van(n, bron.Bron))],
            await tokens.MaakAsync(volgende, cancellationToken).ConfigureAwait(false),
            rijen.Count > grootte);
    }
}
