namespace PassendOnderwijs.Infrastructure.Documenten;

/// <summary>The bytes of one document, in a table of their own: the metadata table never holds them.</summary>
internal sealed class Documentbytes
{
    public Documentbytes(Guid documentId, byte[] inhoud)
    {
        DocumentId = documentId;
        Inhoud = inhoud;
    }

    public Guid DocumentId { get; private set; }

    public byte[] Inhoud { get; private set; }
}
