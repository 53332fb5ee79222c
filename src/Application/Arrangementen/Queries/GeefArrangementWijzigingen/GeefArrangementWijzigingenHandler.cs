using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementWijzigingen;

public sealed class GeefArrangementWijzigingenHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok, ISynctokens tokens)
    : IQueryHandler<GeefArrangementWijzigingenQuery, Result<ArrangementWijzigingenDto>>
{
    private const string VolledigePad = "/arrangementen";

    public async ValueTask<Result<ArrangementWijzigingenDto>> Handle(GeefArrangementWijzigingenQuery query, CancellationToken cancellationToken)
    {
        var token = await tokens.LeesAsync<ArrangementToken>(query.Token, cancellationToken).ConfigureAwait(false);
        if (token is null)
        {
            return SynctokenFouten.Token(VolledigePad);
        }

        if (token.Vanaf > await db.HoogsteUitgegevenVersieAsync(cancellationToken).ConfigureAwait(false))
        {
            return SynctokenFouten.TokenVoorbijLaatsteWijziging(VolledigePad);
        }

        var grootte = query.PageSize ?? ArrangementSync.StandaardPageSize;
        var rijen = await db.Arrangementen.AsNoTracking()
            .Where(a => a.Versie > token.Vanaf)
            .OrderBy(a => a.Versie)
            .Take(grootte + 1)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var pagina = rijen.Take(grootte).ToList();
        var leerlingen = await db.LeerlingenVanAsync(pagina, cancellationToken).ConfigureAwait(false);
        var vandaag = NederlandseTijd.Vandaag(klok);
        return new ArrangementWijzigingenDto(
            pagina.Select(a => ArrangementDto.Van(a, leerlingen[a.LeerlingId], vandaag, aanroeper)).ToList(),
            await tokens.MaakAsync(new ArrangementToken(pagina.Count > 0 ? pagina[^1].Versie : token.Vanaf), cancellationToken).ConfigureAwait(false),
            rijen.Count > grootte);
    }
}
