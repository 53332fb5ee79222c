using Mediator;
using PassendOnderwijs.Application.Audit.Queries.GeefAuditRegels;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Audit.Queries.GeefPlatformAuditRegels;

public sealed class GeefPlatformAuditRegelsHandler(IApplicationDbContext db, ISynctokens tokens)
    : IQueryHandler<GeefPlatformAuditRegelsQuery, Result<AuditRegelPaginaDto>>
{
    public async ValueTask<Result<AuditRegelPaginaDto>> Handle(GeefPlatformAuditRegelsQuery query, CancellationToken cancellationToken) =>
        await db.AuditRegels.VanHetPlatform().Filter(leerling: null, query.Actor).LeesAsync(query, tokens, cancellationToken).ConfigureAwait(false);
}
