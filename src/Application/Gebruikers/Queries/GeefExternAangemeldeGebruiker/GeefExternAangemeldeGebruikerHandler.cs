using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Platform;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Gebruikers.Queries.GeefExternAangemeldeGebruiker;

public sealed class GeefExternAangemeldeGebruikerHandler(IApplicationDbContext db, TimeProvider klok)
    : IQueryHandler<GeefExternAangemeldeGebruikerQuery, Result<AangemeldeGebruikerDto>>
{
    public async ValueTask<Result<AangemeldeGebruikerDto>> Handle(GeefExternAangemeldeGebruikerQuery query, CancellationToken cancellationToken)
    {
        var identiteit = query.Identiteit;

        // Before anyone is known, so across all samenwerkingsverbanden; the identity is unique over all of them.
        var gebruiker = await db.Gebruikers.AsNoTracking().IgnoreQueryFilters()
            .SingleOrDefaultAsync(g => g.ExterneIdentiteit!.Uitgever == identiteit.Uitgever && g.ExterneIdentiteit.Onderwerp == identiteit.Onderwerp, cancellationToken)
            .ConfigureAwait(false);
        if (gebruiker is null || !gebruiker.KanAanmelden(klok.GetUtcNow()) || !query.ToegestaneRollen.Contains(gebruiker.Rol))
        {
            return Fout.NietGevonden("externe-identiteit-onbekend", "Deze inlog hoort (nog) bij geen account dat kan inloggen.");
        }

        return await TenantOpslag.IsOpgeschortAsync(db, gebruiker.Samenwerkingsverband?.Waarde, cancellationToken).ConfigureAwait(false)
            ? Fout.RegelGeschonden("samenwerkingsverband-opgeschort", TenantOpslag.OpgeschortMelding)
            : AangemeldeGebruikerDto.Van(gebruiker);
    }
}
