using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefWerkvoorraad;

public sealed class GeefWerkvoorraadHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok, ISynctokens tokens)
    : IQueryHandler<GeefWerkvoorraadQuery, Result<WerkvoorraadDto>>
{
    public async ValueTask<Result<WerkvoorraadDto>> Handle(GeefWerkvoorraadQuery query, CancellationToken cancellationToken)
    {
        WerkvoorraadCursor? na = null;
        if (query.Cursor is not null
            && (na = await tokens.LeesAsync<WerkvoorraadCursor>(query.Cursor, cancellationToken).ConfigureAwait(false)) is null)
        {
            return SynctokenFouten.Cursor();
        }

        var (regels, totaal, volgende) = await Werkvoorraad.LeesPaginaAsync(
            db, aanroeper, NederlandseTijd.Vandaag(klok), na?.Positie, query.PageSize ?? WerkvoorraadCursor.StandaardPageSize, cancellationToken)
            .ConfigureAwait(false);
        return new WerkvoorraadDto(
            regels,
            totaal,
            volgende is null ? null : await tokens.MaakAsync(WerkvoorraadCursor.Van(volgende), cancellationToken).ConfigureAwait(false));
    }
}
