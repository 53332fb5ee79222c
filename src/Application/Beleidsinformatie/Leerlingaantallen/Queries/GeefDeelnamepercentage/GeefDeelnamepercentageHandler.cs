using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Beleidsinformatie.Leerlingaantallen.Queries.GeefDeelnamepercentage;

public sealed class GeefDeelnamepercentageHandler(IApplicationDbContext db, TimeProvider klok)
    : IQueryHandler<GeefDeelnamepercentageQuery, Result<DeelnamepercentageDto>>
{
    public async ValueTask<Result<DeelnamepercentageDto>> Handle(GeefDeelnamepercentageQuery query, CancellationToken cancellationToken) =>
        new DeelnamepercentageDto(
            await StreefpercentageAsync(db, NederlandseTijd.Vandaag(klok), cancellationToken).ConfigureAwait(false),
            await LeerlingaantallenLezen.TrendAsync(db, cancellationToken).ConfigureAwait(false));

    /// <summary>The target of the policy in force today; the default policy has none.</summary>
    internal static async Task<decimal?> StreefpercentageAsync(IApplicationDbContext db, DateOnly vandaag, CancellationToken ct) =>
        (await db.Beleidsinstellingen.AsNoTracking().FirstOrDefaultAsync(ct).ConfigureAwait(false))?.InWerkingOp(vandaag).StreefDeelnamepercentage;
}
