using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Audit.Queries.GeefAuditRegels;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Audit.Queries.GeefPlatformAuditRegels;

public sealed class GeefPlatformAuditRegelsHandler(IApplicationDbContext db, ISynctokens tokens)
    : IQueryHandler<GeefPlatformAuditRegelsQuery, Result<AuditRegelPaginaDto>>
{
    public async ValueTask<Result<AuditRegelPaginaDto>> Handle(GeefPlatformAuditRegelsQuery query, CancellationToken cancellationToken) =>
        // The platform belongs to no tenant: past the tenant filter, to the records of none.
        await db.AuditRegels.IgnoreQueryFilters().Where(r => r.Samenwerkingsverband == null)
            .Filter(leerling: null, query.Actor).LeesAsync(query, tokens, cancellationToken).ConfigureAwait(false);
}
