using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Platform.Queries.GeefSamenwerkingsverbandStatus;

public sealed class GeefSamenwerkingsverbandStatusHandler(IApplicationDbContext db, IKoppelingRegister koppelingen)
    : IQueryHandler<GeefSamenwerkingsverbandStatusQuery, Result<TenantDto>>
{
    public async ValueTask<Result<TenantDto>> Handle(GeefSamenwerkingsverbandStatusQuery query, CancellationToken cancellationToken)
    {
        var swv = await TenantOpslag.ZoekAsync(db, query.Code, cancellationToken).ConfigureAwait(false);
        if (swv is null)
        {
            return TenantAudit.Onbekend(query.Code);
        }

        var cijfers = await TenantTelling.TelAsync(db, koppelingen, swv.Id, cancellationToken).ConfigureAwait(false);
        return TenantDto.Van(swv, TenantTelling.Van(cijfers, swv));
    }
}
