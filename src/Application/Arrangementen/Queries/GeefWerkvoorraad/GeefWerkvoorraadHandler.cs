using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefWerkvoorraad;

public sealed class GeefWerkvoorraadHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : IQueryHandler<GeefWerkvoorraadQuery, Result<WerkvoorraadDto>>
{
    public async ValueTask<Result<WerkvoorraadDto>> Handle(GeefWerkvoorraadQuery query, CancellationToken cancellationToken) =>
        new WerkvoorraadDto(await Werkvoorraad.LeesAsync(db, aanroeper, NederlandseTijd.Vandaag(klok), cancellationToken).ConfigureAwait(false));
}
