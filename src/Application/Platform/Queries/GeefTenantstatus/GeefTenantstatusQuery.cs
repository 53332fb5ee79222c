using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Platform.Queries.GeefTenantstatus;

/// <summary>Whether a samenwerkingsverband is active, for the token endpoint before it issues a koppeling's token.</summary>
[Intern]
public sealed record GeefTenantstatusQuery(string? Samenwerkingsverband) : IQuery<Result<TenantStatus>>;

public sealed class GeefTenantstatusHandler(IApplicationDbContext db) : IQueryHandler<GeefTenantstatusQuery, Result<TenantStatus>>
{
    public async ValueTask<Result<TenantStatus>> Handle(GeefTenantstatusQuery query, CancellationToken cancellationToken) =>
        await TenantOpslag.IsOpgeschortAsync(db, query.Samenwerkingsverband, cancellationToken).ConfigureAwait(false)
            ? TenantStatus.Opgeschort
            : TenantStatus.Actief;
}
