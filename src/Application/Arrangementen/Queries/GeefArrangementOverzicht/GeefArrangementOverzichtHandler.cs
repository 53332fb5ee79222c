using AutoMapper;
using AutoMapper.QueryableExtensions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementOverzicht;

public sealed class GeefArrangementOverzichtHandler(IApplicationDbContext db, IMapper mapper, TimeProvider klok, ISynctokens tokens)
    : IQueryHandler<GeefArrangementOverzichtQuery, Result<ArrangementOverzichtDto>>
{
    public async ValueTask<Result<ArrangementOverzichtDto>> Handle(GeefArrangementOverzichtQuery query, CancellationToken cancellationToken)
    {
        var begin = await query.BeginAsync(db, tokens, cancellationToken).ConfigureAwait(false);
        if (!begin.Lukt(out var cursor))
        {
            return Result<ArrangementOverzichtDto>.Mislukt(begin.Fouten);
        }
        var vandaag = NederlandseTijd.Vandaag(klok);

        var rijen = await query.Pagina(db.Arrangementen.AsNoTracking(), cursor, vandaag)
            .ProjectTo<ArrangementSamenvattingDto>(mapper.ConfigurationProvider, new { vandaag })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var pagina = rijen.Take(query.Grootte()).ToList();
        var namen = await db.LeerlingNamenAsync(pagina.Select(a => (a.LeerlingId, a.Samenwerkingsverband)), cancellationToken).ConfigureAwait(false);
        return new ArrangementOverzichtDto(
            pagina.Select(a => a with { Leerling = namen[a.LeerlingId] }).ToList(),
            rijen.Count == pagina.Count ? null : await tokens.MaakAsync(cursor with { Na = pagina[^1].Id }, cancellationToken).ConfigureAwait(false));
    }
}
