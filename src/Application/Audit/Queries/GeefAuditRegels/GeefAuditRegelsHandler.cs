using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Audit.Queries.GeefAuditRegels;

public sealed class GeefAuditRegelsHandler(IApplicationDbContext db, ISynctokens tokens) : IQueryHandler<GeefAuditRegelsQuery, Result<AuditRegelPaginaDto>>
{
    public const int StandaardPageSize = 50;

    public async ValueTask<Result<AuditRegelPaginaDto>> Handle(GeefAuditRegelsQuery query, CancellationToken cancellationToken)
    {
        var grootte = query.PageSize ?? StandaardPageSize;
        var regels = db.AuditRegels.AsNoTracking().Filter(query.Selectie);
        if (query.Cursor is not null)
        {
            if (await tokens.LeesAsync<AuditCursor>(query.Cursor, cancellationToken).ConfigureAwait(false) is not { } cursor)
            {
                return SynctokenFouten.Cursor();
            }

            regels = regels.Where(r => r.Id.CompareTo(cursor.Na) < 0);
        }

        // One more than asked tells whether there is a next page without counting.
        var gevonden = await regels.OrderByDescending(r => r.Id).Take(grootte + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        var pagina = gevonden.Take(grootte).Select(AuditRegelDto.Van).ToList();
        return new AuditRegelPaginaDto(
            pagina,
            gevonden.Count > grootte ? await tokens.MaakAsync(new AuditCursor(pagina[^1].Id), cancellationToken).ConfigureAwait(false) : null);
    }
}
