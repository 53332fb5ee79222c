using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Beleidsinformatie.Leerlingaantallen.Queries.GeefDeelnamepercentage;

public sealed class GeefDeelnamepercentageHandler(IApplicationDbContext db, TimeProvider klok)
    : IQueryHandler<GeefDeelnamepercentageQuery, Result<DeelnamepercentageDto>>
{
    public async ValueTask<Result<DeelnamepercentageDto>> Handle(GeefDeelnamepercentageQuery query, CancellationToken cancellationToken) =>
        await LeerlingaantallenLezen.DeelnamepercentageAsync(db, NederlandseTijd.Vandaag(klok), cancellationToken).ConfigureAwait(false);
}
