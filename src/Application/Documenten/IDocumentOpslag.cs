namespace PassendOnderwijs.Application.Documenten;

/// <summary>
/// Where the bytes of documents live, apart from their metadata (<see cref="Domain.Documenten.Document"/>), so object
/// storage can replace the default store in PostgreSQL. <see cref="BewaarAsync"/> joins the caller's unit of work and
/// never saves on its own: the document's record and its bytes are kept together or not at all. An implementation
/// whose store is outside the database must keep that promise itself (write first, clean up what no record names).
/// </summary>
public interface IDocumentOpslag
{
    Task BewaarAsync(Guid documentId, ReadOnlyMemory<byte> inhoud, CancellationToken ct);

    /// <summary>The bytes of a document, or null when the store has none for it.</summary>
    Task<Stream?> OpenAsync(Guid documentId, CancellationToken ct);
}
