using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Meldingen.Queries.GeefAantalOngelezen;

public sealed class GeefAantalOngelezenHandler(IApplicationDbContext db) : IQueryHandler<GeefAantalOngelezenQuery, Result<AantalOngelezenDto>>
{
    public async ValueTask<Result<AantalOngelezenDto>> Handle(GeefAantalOngelezenQuery query, CancellationToken cancellationToken) =>
        new AantalOngelezenDto(await db.Meldingen.CountAsync(m => m.GelezenOp == null, cancellationToken).ConfigureAwait(false));
}
