using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Export;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Audit.Queries.ExporteerPlatformAuditRegels;

public sealed class ExporteerPlatformAuditRegelsHandler(IApplicationDbContext db, IOptions<ExportOpties> opties)
    : IQueryHandler<ExporteerPlatformAuditRegelsQuery, Result<IReadOnlyList<AuditRegelDto>>>
{
    public async ValueTask<Result<IReadOnlyList<AuditRegelDto>>> Handle(ExporteerPlatformAuditRegelsQuery query, CancellationToken cancellationToken)
    {
        // Newest first, as the screen lists it.
        var gelezen = await db.AuditRegels.AsNoTracking().VanHetPlatform().Filter(leerling: null, query.Actor).OrderByDescending(r => r.Id)
            .LeesBegrensdAsync(opties.Value, cancellationToken).ConfigureAwait(false);
        return gelezen.Lukt(out var regels)
            ? regels.Select(AuditRegelDto.Van).ToList()
            : Result<IReadOnlyList<AuditRegelDto>>.Mislukt(gelezen.Fouten);
    }
}
