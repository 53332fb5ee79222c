using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Beleid.Queries.GeefLogo;

public sealed class GeefLogoHandler(IApplicationDbContext db) : IQueryHandler<GeefLogoQuery, Result<Logobestand>>
{
    public async ValueTask<Result<Logobestand>> Handle(GeefLogoQuery query, CancellationToken cancellationToken)
    {
        var logo = await db.Swvlogos.AsNoTracking().FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return logo is null ? LogoFouten.Geen : new Logobestand(logo.Mediatype, logo.Inhoud);
    }
}
