using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementTellingen;

public sealed class GeefArrangementTellingenHandler(IApplicationDbContext db)
    : IQueryHandler<GeefArrangementTellingenQuery, Result<ArrangementTellingenDto>>
{
    public async ValueTask<Result<ArrangementTellingenDto>> Handle(GeefArrangementTellingenQuery query, CancellationToken cancellationToken)
    {
        // The tenant filter leaves only the caller's own samenwerkingsverband.
        var telling = await db.ArrangementTellingen.AsNoTracking().SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var tellingen = Enum.GetValues<ArrangementStatus>()
            .Select(s => new ArrangementTellingDto(ArrangementStatusCodes.Lijst.Code(s), telling?.Aantal(s) ?? 0))
            .ToList();
        return new ArrangementTellingenDto(tellingen, telling?.BijgewerktOp);
    }
}
