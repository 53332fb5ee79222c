using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Beleid.Queries.GeefBeleidsinstellingen;

public sealed class GeefBeleidsinstellingenHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : IQueryHandler<GeefBeleidsinstellingenQuery, Result<BeleidsinstellingenDto>>
{
    public async ValueTask<Result<BeleidsinstellingenDto>> Handle(GeefBeleidsinstellingenQuery query, CancellationToken cancellationToken)
    {
        var op = query.Op ?? NederlandseTijd.Vandaag(klok);
        var instellingen = await db.Beleidsinstellingen.AsNoTracking().FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var versie = instellingen?.VersieOp(op);
        var waarden = versie?.Waarden ?? Beleidswaarden.Standaard(SwvCode.Parse(aanroeper.Samenwerkingsverband) is { IsGelukt: true } swv && Beleidsinstellingen.IsVo(swv.Waarde));
        return new BeleidsinstellingenDto(op, versie?.Ingangsdatum, versie?.Nummer, BeleidswaardenDto.Van(waarden), instellingen?.Versie ?? 0);
    }
}
