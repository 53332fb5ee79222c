using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Webhooks.Abonnementen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Webhooks.Queries.GeefAbonnement;

public sealed class GeefAbonnementHandler(IApplicationDbContext db, IKoppelingRegister register, IHuidigeGebruiker aanroeper) : IQueryHandler<GeefAbonnementQuery, Result<AbonnementDto>>
{
    public async ValueTask<Result<AbonnementDto>> Handle(GeefAbonnementQuery query, CancellationToken cancellationToken) =>
        (await db.ZoekAsync(register, aanroeper, query.ClientId, query.Id, cancellationToken).ConfigureAwait(false)).Dan(AbonnementDto.Van);
}
