using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Webhooks.Abonnementen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Webhooks.Queries.GeefAbonnementen;

public sealed class GeefAbonnementenHandler(ILeesDbContext db, IKoppelingRegister register, IHuidigeGebruiker aanroeper) : IQueryHandler<GeefAbonnementenQuery, Result<AbonnementenDto>>
{
    public async ValueTask<Result<AbonnementenDto>> Handle(GeefAbonnementenQuery query, CancellationToken cancellationToken)
    {
        var gevonden = await register.KoppelingAsync(aanroeper, query.ClientId, cancellationToken).ConfigureAwait(false);
        if (!gevonden.Lukt(out var koppeling))
        {
            return Result<AbonnementenDto>.Mislukt(gevonden.Fouten);
        }

        var abonnementen = await db.Abonnementen.AsNoTracking().Where(a => a.ClientId == koppeling.ClientId).OrderBy(a => a.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new AbonnementenDto([.. abonnementen.Select(AbonnementDto.Van)]);
    }
}
