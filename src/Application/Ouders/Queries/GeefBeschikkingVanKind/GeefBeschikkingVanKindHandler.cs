using PassendOnderwijs.Application.Common.Documenten;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Beschikking;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefBeschikkingVanKind;

public sealed class GeefBeschikkingVanKindHandler(IApplicationDbContext db, IPdfOpmaak opmaak) : IQueryHandler<GeefBeschikkingVanKindQuery, Result<TlvBestand>>
{
    public async ValueTask<Result<TlvBestand>> Handle(GeefBeschikkingVanKindQuery query, CancellationToken cancellationToken)
    {
        if (!await db.IsEigenKindAsync(query.LeerlingId, cancellationToken).ConfigureAwait(false))
        {
            return LeerlingFouten.Onbekend(query.LeerlingId);
        }

        var tlv = await db.Toelaatbaarheidsverklaringen.AsNoTracking()
            .FirstOrDefaultAsync(t => t.Id == query.TlvId && t.LeerlingId == query.LeerlingId, cancellationToken).ConfigureAwait(false);
        if (tlv is null)
        {
            return TlvFouten.Onbekend(query.TlvId);
        }

        // A decision taken but not yet sent is not the ouder's to read before the ouders receive it.
        if (tlv.BekendgemaaktOp is null || tlv.Besluit is not { } besluit)
        {
            return OuderTlvFouten.NogGeenBesluit;
        }

        return await Beschikkingen.MaakAsync(db, opmaak, tlv, besluit, cancellationToken).ConfigureAwait(false);
    }
}
