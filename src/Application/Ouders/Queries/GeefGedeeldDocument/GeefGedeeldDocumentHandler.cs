using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Documenten;
using PassendOnderwijs.Application.Documenten.Queries.GeefDocumentinhoud;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefGedeeldDocument;

public sealed class GeefGedeeldDocumentHandler(IApplicationDbContext db, IDocumentOpslag opslag) : IQueryHandler<GeefGedeeldDocumentQuery, Result<Documentinhoud>>
{
    public async ValueTask<Result<Documentinhoud>> Handle(GeefGedeeldDocumentQuery query, CancellationToken cancellationToken) =>
        await GeefDocumentinhoudHandler.OpenAsync(
                opslag,
                db.Documenten.Where(d => d.Id == query.DocumentId && d.LeerlingId == query.LeerlingId && d.GedeeldMetOudersOp != null),
                query.DocumentId,
                cancellationToken)
            .ConfigureAwait(false);
}
