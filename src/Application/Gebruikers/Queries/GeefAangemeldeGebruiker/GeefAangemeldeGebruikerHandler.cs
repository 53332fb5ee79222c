using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Platform;
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
        if (gebruiker is null || !gebruiker.KanAanmelden(klok.GetUtcNow()))
        {
            return Fout.NietGevonden("gebruiker-onbekend", "Deze gebruiker bestaat niet (meer) of is geblokkeerd.");
        }

        // Nor does anyone of a suspended samenwerkingsverband.
        return await TenantOpslag.IsOpgeschortAsync(db, gebruiker.Samenwerkingsverband?.Waarde, cancellationToken).ConfigureAwait(false)
            ? Fout.RegelGeschonden("samenwerkingsverband-opgeschort", TenantOpslag.OpgeschortMelding)
            : AangemeldeGebruikerDto.Van(gebruiker);
    }
}
