using PassendOnderwijs.Application.Common.Documenten;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Beschikking;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefBeschikking;

public sealed class GeefBeschikkingHandler(IApplicationDbContext db, IPdfOpmaak opmaak) : IQueryHandler<GeefBeschikkingQuery, Result<TlvBestand>>
{
    public async ValueTask<Result<TlvBestand>> Handle(GeefBeschikkingQuery query, CancellationToken cancellationToken)
    {
        var tlv = await db.Toelaatbaarheidsverklaringen.AsNoTracking().FirstOrDefaultAsync(t => t.Id == query.TlvId, cancellationToken).ConfigureAwait(false);
        if (tlv is null)
        {
            return TlvFouten.Onbekend(query.TlvId);
        }

        if (tlv.Besluit is not { } besluit)
        {
            return Fout.Conflict("nog-geen-besluit", "Er is nog geen besluit over deze toelaatbaarheidsverklaring, dus nog geen beschikking.");
        }

        return await Beschikkingen.MaakAsync(db, opmaak, tlv, besluit, cancellationToken).ConfigureAwait(false);
    }
}
