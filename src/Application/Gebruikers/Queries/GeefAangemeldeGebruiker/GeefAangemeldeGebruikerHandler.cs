using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers.Queries.GeefAangemeldeGebruiker;

public sealed class GeefAangemeldeGebruikerHandler(IApplicationDbContext db, TimeProvider klok)
    : IQueryHandler<GeefAangemeldeGebruikerQuery, Result<AangemeldeGebruikerDto>>
{
    public async ValueTask<Result<AangemeldeGebruikerDto>> Handle(GeefAangemeldeGebruikerQuery query, CancellationToken cancellationToken)
    {
        var id = new GebruikerId(query.Id);
        // The authorization server asks before a token exists, so there is no tenant yet: look across all.
        var gebruiker = await db.Gebruikers.AsNoTracking().IgnoreQueryFilters().SingleOrDefaultAsync(g => g.Id == id, cancellationToken).ConfigureAwait(false);

        // A blocked, deactivated or removed account gets no new tokens, even with a valid session cookie.
        return gebruiker is null || !gebruiker.KanAanmelden(klok.GetUtcNow())
            ? Fout.NietGevonden("gebruiker-onbekend", "Deze gebruiker bestaat niet (meer) of is geblokkeerd.")
            : AangemeldeGebruikerDto.Van(gebruiker);
    }
}
