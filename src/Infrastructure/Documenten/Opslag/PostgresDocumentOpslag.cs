using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Documenten;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Documenten;

/// <summary>
/// The default document store: the bytes in PostgreSQL (<c>document_inhoud</c>, bytea), added to the same DbContext as
/// the document's record, so the caller's one SaveChanges writes both or neither. Reading goes through the table's
/// query filter, which passes only bytes of a document the caller may see.
/// </summary>
internal sealed class PostgresDocumentOpslag(PassendOnderwijsDbContext db) : IDocumentOpslag
{
    public Task BewaarAsync(Guid documentId, ReadOnlyMemory<byte> inhoud, CancellationToken ct)
    {
        db.Documentbytes.Add(new Documentbytes(documentId, inhoud.ToArray()));
        return Task.CompletedTask;
    }

    public async Task<Stream?> OpenAsync(Guid documentId, CancellationToken ct)
    {
        // At most Document.MaxBytes: read whole, so the answer does not hold the connection while it is sent.
        var inhoud = await db.Documentbytes.AsNoTracking().Where(b => b.DocumentId == documentId).Select(b => b.Inhoud)
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return inhoud is null ? null : new MemoryStream(inhoud, writable: false);
    }
}
