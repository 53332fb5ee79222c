using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Koppelingen;
using PassendOnderwijs.Application.Webhooks.Abonnementen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Webhooks.Queries.GeefAbonnementen;

public sealed class GeefAbonnementenHandler(ILeesDbContext db, IKoppelingRegister register) : IQueryHandler<GeefAbonnementenQuery, Result<AbonnementenDto>>
{
    public async ValueTask<Result<AbonnementenDto>> Handle(GeefAbonnementenQuery query, CancellationToken cancellationToken)
    {
        if (await register.ZoekAsync(query.ClientId, cancellationToken).ConfigureAwait(false) is null)
        {
            return KoppelingFouten.Onbekend(query.ClientId);
        }

        var abonnementen = await db.Abonnementen.AsNoTracking().Where(a => a.ClientId == query.ClientId).OrderBy(a => a.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new AbonnementenDto([.. abonnementen.Select(AbonnementDto.Van)]);
    }
}
