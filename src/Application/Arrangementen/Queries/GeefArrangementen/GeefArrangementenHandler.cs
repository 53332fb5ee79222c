using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementen;

public sealed class GeefArrangementenHandler(ILeesDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok, ISynctokens tokens)
    : IQueryHandler<GeefArrangementenQuery, Result<ArrangementenPaginaDto>>
{
    public async ValueTask<Result<ArrangementenPaginaDto>> Handle(GeefArrangementenQuery query, CancellationToken cancellationToken)
    {
        var vandaag = NederlandseTijd.Vandaag(klok);
        var begin = await query.BeginAsync(db, tokens, cancellationToken).ConfigureAwait(false);
        if (!begin.Lukt(out var cursor))
        {
            return Result<ArrangementenPaginaDto>.Mislukt(begin.Fouten);
        }

        var rijen = await query.Pagina(db.Arrangementen.AsNoTracking(), cursor, vandaag).ToListAsync(cancellationToken).ConfigureAwait(false);
        var pagina = rijen.Take(query.Grootte()).ToList();
        var leerlingen = await db.LeerlingenVanAsync(pagina, cancellationToken).ConfigureAwait(false);
        var laatste = rijen.Count == pagina.Count;
        return new ArrangementenPaginaDto(
            pagina.Select(a => ArrangementDto.Van(a, leerlingen[a.LeerlingId], vandaag, aanroeper)).ToList(),
            laatste ? null : await tokens.MaakAsync(cursor with { Na = pagina[^1].Id }, cancellationToken).ConfigureAwait(false),
            laatste && !query.IsGefilterd() ? await tokens.MaakAsync(new Feedtoken<ArrangementSync>(cursor.Vanaf), cancellationToken).ConfigureAwait(false) : null);
    }
}
