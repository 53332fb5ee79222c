using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Leerlingen.Queries.GeefLeerlingen;

public sealed class GeefLeerlingenHandler(IApplicationDbContext db, ISynctokens tokens) : IQueryHandler<GeefLeerlingenQuery, Result<LeerlingenPaginaDto>>
{
    public async ValueTask<Result<LeerlingenPaginaDto>> Handle(GeefLeerlingenQuery query, CancellationToken cancellationToken)
    {
        var gefilterd = query.Filter(db.Leerlingen.AsNoTracking());
        if (!gefilterd.Lukt(out var leerlingen))
        {
            return Result<LeerlingenPaginaDto>.Mislukt(gefilterd.Fouten);
        }

        // Counted before the cursor, in the same SQL filters (tenant, vestigingen, need to know) as the page.
        var totaal = await leerlingen.CountAsync(cancellationToken).ConfigureAwait(false);
        if (query.Cursor is not null)
        {
            if (await tokens.LeesAsync<LeerlingCursor>(query.Cursor, cancellationToken).ConfigureAwait(false) is not { } cursor)
            {
                return SynctokenFouten.Cursor();
            }

            leerlingen = leerlingen.Where(l => l.Id.CompareTo(cursor.Na) > 0);
        }

        var grootte = query.PageSize ?? LeerlingCursor.StandaardPageSize;
        var pagina = await leerlingen.OrderBy(l => l.Id).Take(grootte + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        var getoond = pagina.Take(grootte).ToList();
        return new LeerlingenPaginaDto(
            getoond.Select(LeerlingDto.Van).ToList(),
            pagina.Count > grootte ? await tokens.MaakAsync(new LeerlingCursor(getoond[^1].Id), cancellationToken).ConfigureAwait(false) : null,
            totaal);
    }
}
