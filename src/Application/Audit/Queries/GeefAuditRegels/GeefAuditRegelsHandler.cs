using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Audit.Queries.GeefAuditRegels;

public sealed class GeefAuditRegelsHandler(IApplicationDbContext db, ISynctokens tokens) : IQueryHandler<GeefAuditRegelsQuery, Result<AuditRegelPaginaDto>>
{
    public async ValueTask<Result<AuditRegelPaginaDto>> Handle(GeefAuditRegelsQuery query, CancellationToken cancellationToken) =>
        await db.AuditRegels.Filter(query.Selectie).LeesAsync(query, tokens, cancellationToken).ConfigureAwait(false);
}
