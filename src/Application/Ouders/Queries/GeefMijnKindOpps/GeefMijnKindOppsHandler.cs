using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefMijnKindOpps;

public sealed class GeefMijnKindOppsHandler(IApplicationDbContext db) : IQueryHandler<GeefMijnKindOppsQuery, Result<OuderOppsDto>>
{
    public async ValueTask<Result<OuderOppsDto>> Handle(GeefMijnKindOppsQuery query, CancellationToken cancellationToken)
    {
        // The visibility filter shows an ouder only their linked children and those children's plans; the child comes first.
        if (!await db.Leerlingen.AnyAsync(l => l.Id == query.LeerlingId, cancellationToken).ConfigureAwait(false))
        {
            return LeerlingFouten.Onbekend(query.LeerlingId);
        }

        var opps = await db.Ontwikkelingsperspectiefplannen.AsNoTracking().Where(o => o.LeerlingId == query.LeerlingId)
            .OrderByDescending(o => o.Startdatum).ToListAsync(cancellationToken).ConfigureAwait(false);
        var scholen = await OuderOpps.SchoolnamenAsync(db, opps, cancellationToken).ConfigureAwait(false);
        return new OuderOppsDto([.. opps.Where(OuderOppDto.Zichtbaar).Select(o => new OuderOppSamenvattingDto(
            o.Id, o.LeerlingId, scholen[o.Id], OuderOppDto.ToestandVan(o), o.Geldend?.VastgesteldOp,
            o.Status != Domain.Ontwikkelingsperspectiefplannen.OppStatus.Afgesloten && o.VersieVoorOuders is not null))]);
    }
}
