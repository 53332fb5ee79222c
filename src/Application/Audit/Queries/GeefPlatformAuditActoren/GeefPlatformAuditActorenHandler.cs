using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Platform;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Audit.Queries.GeefPlatformAuditActoren;

public sealed class GeefPlatformAuditActorenHandler(IApplicationDbContext db, IAuditActoren log)
    : IQueryHandler<GeefPlatformAuditActorenQuery, Result<AuditActorLijstDto>>
{
    public async ValueTask<Result<AuditActorLijstDto>> Handle(GeefPlatformAuditActorenQuery query, CancellationToken cancellationToken)
    {
        var accounts = await db.Platformgebruikers().AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        // The platform belongs to no tenant: its log is the records of none.
        var inHetLog = await log.InHetLogAsync(samenwerkingsverband: null, cancellationToken).ConfigureAwait(false);
        return new AuditActorLijstDto(AuditActoren.Samen([.. accounts.Select(AuditActoren.Account)], inHetLog));
    }
}
