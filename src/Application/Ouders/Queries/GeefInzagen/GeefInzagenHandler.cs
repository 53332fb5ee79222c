using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Audit;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefInzagen;

public sealed class GeefInzagenHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, ISynctokens tokens)
    : IQueryHandler<GeefInzagenQuery, Result<InzagenDto>>
{
    public async ValueTask<Result<InzagenDto>> Handle(GeefInzagenQuery query, CancellationToken cancellationToken)
    {
        // The visibility filter: only the ouder's own child exists here.
        if (!await db.Leerlingen.AnyAsync(l => l.Id == query.LeerlingId, cancellationToken).ConfigureAwait(false))
        {
            return LeerlingFouten.Onbekend(query.LeerlingId);
        }

        var leerlingId = query.LeerlingId;
        var gelezen = await db.AuditRegels.Where(r => r.LeerlingId == leerlingId).LeesRegelsAsync(query, tokens, cancellationToken).ConfigureAwait(false);
        if (!gelezen.Lukt(out var pagina))
        {
            return Result<InzagenDto>.Mislukt(gelezen.Fouten);
        }

        var inzagen = await new InzageVertaler(db, aanroeper.Id).VertaalAsync(pagina.Regels, cancellationToken).ConfigureAwait(false);
        return new InzagenDto(inzagen, pagina.VolgendeCursor);
    }
}
