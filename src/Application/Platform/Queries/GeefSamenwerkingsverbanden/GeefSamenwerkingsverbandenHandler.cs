using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Platform.Queries.GeefSamenwerkingsverbanden;

public sealed class GeefSamenwerkingsverbandenHandler(IApplicationDbContext db, IKoppelingRegister koppelingen)
    : IQueryHandler<GeefSamenwerkingsverbandenQuery, Result<TenantLijstDto>>
{
    public async ValueTask<Result<TenantLijstDto>> Handle(GeefSamenwerkingsverbandenQuery query, CancellationToken cancellationToken)
    {
        // Across all tenants: the platform's view (see TenantOpslag).
        var tenants = await db.Samenwerkingsverbanden.IgnoreQueryFilters().AsNoTracking()
            .OrderBy(s => s.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var cijfers = await TenantTelling.TelAsync(db, koppelingen, alleen: null, cancellationToken).ConfigureAwait(false);
        return new TenantLijstDto(tenants.Select(s => TenantDto.Van(s, TenantTelling.Van(cijfers, s))).ToList());
    }
}
