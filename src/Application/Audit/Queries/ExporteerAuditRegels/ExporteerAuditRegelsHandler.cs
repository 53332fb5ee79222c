using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Export;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Audit.Queries.ExporteerAuditRegels;

public sealed class ExporteerAuditRegelsHandler(IApplicationDbContext db, IOptions<ExportOpties> opties)
    : IQueryHandler<ExporteerAuditRegelsQuery, Result<IReadOnlyList<AuditRegelDto>>>
{
    public async ValueTask<Result<IReadOnlyList<AuditRegelDto>>> Handle(ExporteerAuditRegelsQuery query, CancellationToken cancellationToken)
    {
        // An export is for one pupil or one person (an AVG inzageverzoek, an inquiry), never the whole log.
        if (query.Leerling is null && query.Actor is null)
        {
            return Fout.Ongeldig("filter-vereist", "Exporteer per leerling of per actor: geef leerling of actor op.", "leerling");
        }

        var gelezen = await db.AuditRegels.AsNoTracking().Filter(query.Selectie).OrderBy(r => r.Id)
            .LeesBegrensdAsync(opties.Value, cancellationToken).ConfigureAwait(false);
        return gelezen.Lukt(out var regels)
            ? regels.Select(AuditRegelDto.Van).ToList()
            : Result<IReadOnlyList<AuditRegelDto>>.Mislukt(gelezen.Fouten);
    }
}
