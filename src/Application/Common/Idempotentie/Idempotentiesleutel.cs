namespace PassendOnderwijs.Application.Common.Idempotentie;

/// <summary>
/// A creating request the caller marked with an Idempotency-Key: who sent it, a hash of what it asked, and what it
/// created. Stored in the same transaction as the creation, so a retry finds either both or neither.
/// </summary>
public sealed class Idempotentiesleutel
{
    public const int MaximaleLengte = 100;

    private Idempotentiesleutel()
    {
        Aanroeper = string.Empty;
        Sleutel = string.Empty;
        Vingerafdruk = string.Empty;
    }

    public Idempotentiesleutel(string aanroeper, string sleutel, string vingerafdruk, Guid resourceId, DateTimeOffset op)
    {
        Aanroeper = aanroeper;
        Sleutel = sleutel;
        Vingerafdruk = vingerafdruk;
        ResourceId = resourceId;
        Op = op;
    }

    /// <summary>The subject of the caller; keys of different callers never meet.</summary>
    public string Aanroeper { get; private set; }

    public string Sleutel { get; private set; }

    /// <summary>SHA-256 of the request as the use case saw it.</summary>
    public string Vingerafdruk { get; private set; }

    public Guid ResourceId { get; private set; }

    public DateTimeOffset Op { get; private set; }
}
