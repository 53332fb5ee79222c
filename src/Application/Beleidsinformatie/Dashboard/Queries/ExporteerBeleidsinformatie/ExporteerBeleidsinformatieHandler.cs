using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Beleidsinformatie.Dashboard.Queries.ExporteerBeleidsinformatie;

/// <summary>A file leaves the bureau: the same dashboard, always the version for outsiders.</summary>
public sealed class ExporteerBeleidsinformatieHandler(IApplicationDbContext db, TimeProvider klok)
    : IQueryHandler<ExporteerBeleidsinformatieQuery, Result<BeleidsinformatieDto>>
{
    public async ValueTask<Result<BeleidsinformatieDto>> Handle(ExporteerBeleidsinformatieQuery query, CancellationToken cancellationToken) =>
        await Beleidsinformatie.StelOpAsync(db, klok, query.Leerjaar, new(query.Regio, query.Vestiging, query.Bestuur), voorBuiten: true, cancellationToken).ConfigureAwait(false);
}
