using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Organisaties.Queries.GeefSamenwerkingsverband;

public sealed class GeefSamenwerkingsverbandHandler(IApplicationDbContext db) : IQueryHandler<GeefSamenwerkingsverbandQuery, Result<SamenwerkingsverbandDto>>
{
    public async ValueTask<Result<SamenwerkingsverbandDto>> Handle(GeefSamenwerkingsverbandQuery query, CancellationToken cancellationToken) =>
        await db.Samenwerkingsverbanden.AsNoTracking().FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) is { } swv
            ? SamenwerkingsverbandDto.Van(swv)
            : OrganisatieFouten.NietIngericht();
}
