using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Beleid.Queries.GeefBeleidsinstellingen;

public sealed class GeefBeleidsinstellingenHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : IQueryHandler<GeefBeleidsinstellingenQuery, Result<BeleidsinstellingenDto>>
{
    public async ValueTask<Result<BeleidsinstellingenDto>> Handle(GeefBeleidsinstellingenQuery query, CancellationToken cancellationToken)
    {
        var op = query.Op ?? NederlandseTijd.Vandaag(klok);
        var instellingen = await db.BeleidsinstellingenAsync(aanroeper, cancellationToken).ConfigureAwait(false);
        var versie = instellingen.VersieOp(op);
        return new BeleidsinstellingenDto(op, versie?.Ingangsdatum, versie?.Nummer, BeleidswaardenDto.Van(instellingen.InWerkingOp(op)), instellingen.Versie);
    }
}
