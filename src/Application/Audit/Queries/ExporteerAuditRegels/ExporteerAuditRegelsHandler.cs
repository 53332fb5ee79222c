using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Audit.Queries.ExporteerAuditRegels;

public sealed class ExporteerAuditRegelsHandler(IApplicationDbContext db)
    : IQueryHandler<ExporteerAuditRegelsQuery, Result<IReadOnlyList<AuditRegelDto>>>
{
    /// <summary>An export is for one pupil or one person; more than this means the filter is too wide.</summary>
    public const int MaximumRegels = 50_000;

    public async ValueTask<Result<IReadOnlyList<AuditRegelDto>>> Handle(ExporteerAuditRegelsQuery query, CancellationToken cancellationToken)
    {
        if (query.Leerling is null && query.Actor is null)
        {
            return Fout.Ongeldig("filter-vereist", "Exporteer per leerling of per actor: geef leerling of actor op.", "leerling");
        }

        var regels = await db.AuditRegels.AsNoTracking().Filter(query.Selectie)
            .OrderBy(r => r.Id).Take(MaximumRegels + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        return regels.Count > MaximumRegels
            ? Fout.Ongeldig("te-veel-regels", $"Meer dan {MaximumRegels} regels; maak het filter smaller.", "actor")
            : regels.Select(AuditRegelDto.Van).ToList();
    }
}
