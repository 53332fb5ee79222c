using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Documenten.Queries.GeefDocumentinhoud;

public sealed class GeefDocumentinhoudHandler(IApplicationDbContext db, IDocumentOpslag opslag) : IQueryHandler<GeefDocumentinhoudQuery, Result<Documentinhoud>>
{
    public async ValueTask<Result<Documentinhoud>> Handle(GeefDocumentinhoudQuery query, CancellationToken cancellationToken)
    {
        var document = await db.Documenten.AsNoTracking().FirstOrDefaultAsync(d => d.Id == query.DocumentId, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return DocumentFouten.Onbekend(query.DocumentId);
        }

        // A record without bytes cannot occur (both are saved in one unit of work); if a store lost them, that is a bug, not a 404.
        var inhoud = await opslag.OpenAsync(document.Id, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The store has no bytes for document {document.Id}.");
        return new Documentinhoud(DocumentDto.Van(document), inhoud);
    }
}
