using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Documenten.Queries.GeefDocumentinhoud;

public sealed class GeefDocumentinhoudHandler(IApplicationDbContext db, IDocumentOpslag opslag) : IQueryHandler<GeefDocumentinhoudQuery, Result<Documentinhoud>>
{
    public async ValueTask<Result<Documentinhoud>> Handle(GeefDocumentinhoudQuery query, CancellationToken cancellationToken) =>
        await OpenAsync(opslag, db.Documenten.Where(d => d.Id == query.DocumentId), query.DocumentId, cancellationToken).ConfigureAwait(false);

    /// <summary>The one document of <paramref name="documenten"/> with its bytes (the staff's download and the ouder's), or 404.</summary>
    internal static async Task<Result<Documentinhoud>> OpenAsync(
        IDocumentOpslag opslag, IQueryable<Domain.Documenten.Document> documenten, Guid documentId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(opslag);
        var document = await documenten.AsNoTracking().FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (document is null)
        {
            return DocumentFouten.Onbekend(documentId);
        }

        // A record without bytes cannot occur (both are saved in one unit of work); if a store lost them, that is a bug, not a 404.
        var inhoud = await opslag.OpenAsync(document.Id, ct).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The store has no bytes for document {document.Id}.");
        return new Documentinhoud(DocumentDto.Van(document), inhoud);
    }
}
